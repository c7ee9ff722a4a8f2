using System.Globalization;
using System.Text;

namespace InterviewReader.Content.Text.Transliteration;

/// <summary>
/// NFC that remembers where each character came from. A text is cut before every character that is
/// not a combining mark (NFC composes only within such a cluster in these scripts, vowel-sign pairs
/// like ে + া included) and each cluster is normalized alone.
/// </summary>
internal static class NfcWithMap
{
    /// <summary>The NFC text and, per character, the source index of the cluster (start, end) it came from.</summary>
    public static (string Text, List<int> Start, List<int> End) Normalize(string source)
    {
        var text = new StringBuilder(source.Length);
        var starts = new List<int>(source.Length);
        var ends = new List<int>(source.Length);
        var i = 0;
        while (i < source.Length)
        {
            var end = i + 1;
            while (end < source.Length && IsMark(source[end]))
            {
                end++;
            }

            var cluster = source[i..end];
            if (cluster.IsNormalized(NormalizationForm.FormC))
            {
                Add(text, starts, ends, cluster, i);
            }
            else if (string.Concat(cluster.Select(c => c.ToString().Normalize(NormalizationForm.FormC))) is var each
                && each == cluster.Normalize(NormalizationForm.FormC))
            {
                // Each character normalizes alone (a precomposed য় decomposes): each maps to its own.
                for (var k = i; k < end; k++)
                {
                    Add(text, starts, ends, source[k].ToString().Normalize(NormalizationForm.FormC), k, k + 1);
                }
            }
            else
            {
                // The cluster composes or reorders: every character maps to the whole cluster.
                Add(text, starts, ends, cluster.Normalize(NormalizationForm.FormC), i, end);
            }

            i = end;
        }

        return (text.ToString(), starts, ends);
    }

    // Character for character from `at`.
    private static void Add(StringBuilder text, List<int> starts, List<int> ends, string piece, int at)
    {
        for (var k = 0; k < piece.Length; k++)
        {
            text.Append(piece[k]);
            starts.Add(at + k);
            ends.Add(at + k + 1);
        }
    }

    // Every character from the one span.
    private static void Add(StringBuilder text, List<int> starts, List<int> ends, string piece, int start, int end)
    {
        foreach (var c in piece)
        {
            text.Append(c);
            starts.Add(start);
            ends.Add(end);
        }
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
