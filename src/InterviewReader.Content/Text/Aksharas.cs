using System.Globalization;

namespace InterviewReader.Content.Text;

/// <summary>
/// Aksharas, the written syllables of Devanagari and Bengali: a consonant or vowel with the marks
/// after it, and a consonant joined to the next by a virama (क्ष, ন্দ্র) is one akshara with it.
/// Elsewhere (Latin, digits) every character that is not a combining mark counts as one.
/// </summary>
public static class Aksharas
{
    /// <summary>How many aksharas a search key holds.</summary>
    public static int Count(string key)
    {
        var count = 0;
        for (var i = 0; i < key.Length; i++)
        {
            if (IsBoundary(key, i))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// True when an akshara starts at <paramref name="index"/> (always at the ends): not before a
    /// combining mark or joiner, and not between a virama (with any joiner after it) and a letter.
    /// </summary>
    public static bool IsBoundary(string text, int index)
    {
        if (index <= 0 || index >= text.Length)
        {
            return true;
        }

        var c = text[index];
        if (IsMarkOrJoiner(c) || char.IsLowSurrogate(c))
        {
            return false;
        }

        var before = index - 1;
        while (before > 0 && text[before] is '\u200C' or '\u200D')
        {
            before--;
        }

        return !(IsVirama(text[before]) && char.IsLetter(c));
    }

    /// <summary>The smallest range of whole aksharas that holds [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public static (int Start, int End) Widen(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        while (!IsBoundary(text, start))
        {
            start--;
        }

        while (!IsBoundary(text, end))
        {
            end++;
        }

        return (start, end);
    }

    private static bool IsVirama(char c) => c is '\u094D' or '\u09CD';

    private static bool IsMarkOrJoiner(char c) => c is '\u200C' or '\u200D' || CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
