using System.IO.Compression;

namespace InterviewReader.Web.Export;

/// <summary>
/// Which exported files get <c>.br</c> and <c>.gz</c> beside them (text: HTML, CSS, JavaScript,
/// SVG, XML, JSON, plain text; not fonts or images, which are compressed already), and the
/// compression used where the app itself did not send a coding (at the smallest size, as for pages).
/// </summary>
public static class Precompression
{
    /// <summary>Whether a response of this media type is text worth compressing.</summary>
    public static bool IsText(string? mediaType) =>
        mediaType is not null
        && (mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+xml", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("/xml", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("/javascript", StringComparison.OrdinalIgnoreCase));

    /// <summary>Brotli at its smallest size.</summary>
    public static byte[] Brotli(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            brotli.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Gzip at its smallest size.</summary>
    public static byte[] Gzip(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
