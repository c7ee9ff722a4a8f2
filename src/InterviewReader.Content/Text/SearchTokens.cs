using System.Globalization;

namespace InterviewReader.Content.Text;

/// <summary>
/// Splits text into the words search matches on: runs of letters, combining marks, digits and the
/// joiners (ZWJ, ZWNJ), so a conjunct or a word with a vowel sign is never split. Anything else
/// (spaces, punctuation, dandas, quotes, hyphens) separates words.
/// </summary>
public static class SearchTokens
{
    /// <summary>
    /// Keys are cut to this many characters, so a pathological "word" (thousands of letters with
    /// no space) can neither exceed the index's term limit nor cost much to match.
    /// </summary>
    public const int MaxKeyLength = 64;

    /// <summary>The words of <paramref name="text"/> in order, each with its key (words whose key is empty are left out).</summary>
    public static IEnumerable<SearchToken> Split(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            var key = SearchKey.Of(text.AsSpan(start, i - start));
            if (key.Length > MaxKeyLength)
            {
                key = key[..MaxKeyLength];
            }

            if (key.Length > 0)
            {
                yield return new SearchToken(start, i - start, key);
            }
        }
    }

    /// <summary>True for a character that belongs to a word.</summary>
    public static bool IsWordChar(char c) => c is '\u200C' or '\u200D' || CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };
}
