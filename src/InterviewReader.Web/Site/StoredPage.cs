using System.IO.Compression;
using InterviewReader.Web.Hosting;
using Microsoft.Extensions.Primitives;

namespace InterviewReader.Web.Site;

/// <summary>
/// A page as the site serves it: rendered once, with its Brotli (smallest size) and gzip forms made
/// beside the identity bytes, each with its strong ETag. Immutable; a request only picks one of them.
/// </summary>
public sealed class StoredPage
{
    private StoredPage(SitePage page, string contentType, PageRepresentation identity, PageRepresentation brotli, PageRepresentation gzip)
    {
        Page = page;
        ContentType = contentType;
        ContentTypeHeader = contentType;
        Identity = identity;
        Brotli = brotli;
        Gzip = gzip;
        LocationHeader = page.RedirectTo is { } to ? new StringValues(to) : StringValues.Empty;
    }

    /// <summary>The page.</summary>
    public SitePage Page { get; }

    /// <summary>The status it is sent with.</summary>
    public int StatusCode => Page.StatusCode;

    /// <summary>The media type, as the endpoint that rendered it set it.</summary>
    public string ContentType { get; }

    /// <summary><see cref="ContentType"/> as a header value.</summary>
    public StringValues ContentTypeHeader { get; }

    /// <summary>The <c>Location</c> of a redirect, else empty.</summary>
    public StringValues LocationHeader { get; }

    /// <summary>The uncompressed bytes.</summary>
    public PageRepresentation Identity { get; }

    /// <summary>The Brotli bytes, at the smallest-size quality.</summary>
    public PageRepresentation Brotli { get; }

    /// <summary>The gzip bytes, at the smallest-size level.</summary>
    public PageRepresentation Gzip { get; }

    /// <summary>The bytes held, all three forms.</summary>
    public long Bytes => Identity.Body.Length + Brotli.Body.Length + Gzip.Body.Length;

    /// <summary>The representation in a coding chosen by <see cref="ContentCoding.Choose"/>.</summary>
    public PageRepresentation For(string coding) => coding switch
    {
        ContentCoding.Brotli => Brotli,
        ContentCoding.Gzip => Gzip,
        _ => Identity,
    };

    /// <summary>Stores rendered bytes: compresses them both ways and hashes each form.</summary>
    public static StoredPage Create(SitePage page, string contentType, byte[] body) => new(
        page,
        contentType,
        Representation(ContentCoding.Identity, body),
        Representation(ContentCoding.Brotli, Compress(body, s => new BrotliStream(s, CompressionLevel.SmallestSize, leaveOpen: true))),
        Representation(ContentCoding.Gzip, Compress(body, s => new GZipStream(s, CompressionLevel.SmallestSize, leaveOpen: true))));

    /// <summary>A redirect: no body in any coding.</summary>
    public static StoredPage Redirect(SitePage page) => Create(page, "text/plain; charset=utf-8", []);

    private static PageRepresentation Representation(string coding, byte[] body) => new(coding, body, PageETags.For(body));

    private static byte[] Compress(byte[] body, Func<Stream, Stream> compressor)
    {
        if (body.Length == 0)
        {
            return [];
        }

        using var output = new MemoryStream(body.Length / 4);
        using (var stream = compressor(output))
        {
            stream.Write(body);
        }

        return output.ToArray();
    }
}
