using System.Buffers;
using System.Text;
using InterviewReader.Content.Problems;

namespace InterviewReader.Content.Parsing;

/// <summary>
/// Turns a file's bytes into text, accepting UTF-8 with or without a BOM and nothing else. Line
/// endings are made '\n' whether the file uses '\n', '\r\n' or a lone '\r' (old Mac), so line
/// numbers are the same whatever editor saved the file. The text is normalised to NFC, so the same
/// words are the same characters whichever way an editor composed them (sentences, search and
/// alignment compare text; NFC changes no line and no word).
/// </summary>
internal static class SourceDecoder
{
    /// <summary>The decoded text, or null when the bytes are not usable UTF-8 (the problem is recorded).</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, ProblemList problems)
    {
        if (bytes.IsEmpty)
        {
            problems.Error(0, "the file is empty: add front matter and the transcript, or delete the file");
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            problems.Error(1, "the file is UTF-16: save it as UTF-8");
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out var rune, out var consumed) != OperationStatus.Done)
            {
                problems.Error(LineAt(bytes, offset), "the file is not valid UTF-8 on this line: save it as UTF-8");
                return null;
            }

            if (rune.Value == 0)
            {
                problems.Error(LineAt(bytes, offset), "the file contains a NUL character: it is binary or corrupted; save it again as UTF-8 text");
                return null;
            }

            offset += consumed;
        }

        return Encoding.UTF8.GetString(bytes)
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace('\r', '\n')
            .Normalize(NormalizationForm.FormC);
    }

    /// <summary>The 1-based line of a byte, counting '\r\n', '\r' and '\n' each as one line ending.</summary>
    private static int LineAt(ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..index];
        return before.Count((byte)'\n') + before.Count((byte)'\r') - before.Count("\r\n"u8) + 1;
    }
}
