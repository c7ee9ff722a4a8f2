using System.Globalization;
using System.Text;

namespace InterviewReader.Content.Alignment;

/// <summary>
/// The lexical anchors of a text: what a translation keeps recognisably the same, as keys
/// comparable across languages and scripts.
/// <list type="bullet">
/// <item>numbers, their digits folded to ASCII in any script (<c>৩০০</c> and <c>३००</c> are <c>300</c>;
/// <c>10,000</c> is <c>10000</c>);</item>
/// <item>Latin tokens, case-folded (<c>CEO</c>, <c>OpenAI</c>, <c>70B</c>);</item>
/// <item>quoted spans, by their order in the text (the words inside are translated, the quoting is kept);</item>
/// <item>cognates: each word of a Brahmic script, decomposed, its vowel signs, virama and nasal
/// marks dropped, and its consonants moved to the Devanagari block by their offset in their own
/// (every Brahmic block of U+0900–U+0DFF has the same layout: ব U+09AC is ब U+092C), व folded into ब
/// (Bengali writes both with ব), and a nasal before a virama dropped as the anusvara
/// it is spelled as elsewhere. The key is the word's first <see cref="CognatePrefix"/> consonants.</item>
/// </list>
/// </summary>
internal static class AnchorKeys
{
    /// <summary>How many consonants of a word make its cognate key; words with fewer are too short to tell.</summary>
    public const int CognatePrefix = 3;

    private const int BrahmicFirst = 0x0900;
    private const int BrahmicLast = 0x0DFF;
    private const int BlockSize = 0x80;
    private const int Virama = 0x4D;

    /// <summary>The distinct keys of a text, sorted (ordinal), for <see cref="Coverage"/>.</summary>
    public static string[] Of(string text)
    {
        // Decomposed once for the whole text (a cognate's consonants are read without their nukta
        // or split vowel signs); a Latin letter with a diacritic then joins its token.
        text = text.Normalize(NormalizationForm.FormD);
        var keys = new List<string>();
        var quotes = 0;
        var inQuote = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsQuote(c))
            {
                inQuote = !inQuote;
                if (inQuote)
                {
                    keys.Add($"\"{++quotes}");
                }

                i++;
            }
            else if (CharUnicodeInfo.GetDecimalDigitValue(c) >= 0 || IsAsciiLetter(c))
            {
                i = Token(text, i, keys);
            }
            else if (IsBrahmic(c))
            {
                i = Cognate(text, i, keys);
            }
            else
            {
                i++;
            }
        }

        keys.Sort(StringComparer.Ordinal);
        return [.. keys.Distinct()];
    }

    /// <summary>
    /// A text's keys as the aligner compares them: each key's 64-bit FNV-1a hash, sorted and
    /// distinct. A bead's cost is asked for millions of times in a long section; comparing numbers
    /// instead of strings makes that cheap (two different keys share a hash once in 2^64 pairs).
    /// </summary>
    public static long[] Hashes(IEnumerable<string> keys)
    {
        var hashes = keys.Select(Hash).Distinct().ToArray();
        Array.Sort(hashes);
        return hashes;
    }

    /// <summary>
    /// How far two sides of a bead share their anchors: each part's share of keys found on the
    /// other side, and the weakest part's share is the score (so a 2-1 bead scores as its weaker
    /// half). Parts without keys have no say; null when none has any.
    /// </summary>
    /// <param name="first">Each part's <see cref="Hashes"/> on one side.</param>
    /// <param name="second">Each part's on the other.</param>
    public static double? Coverage(ReadOnlySpan<long[]> first, ReadOnlySpan<long[]> second)
    {
        double? weakest = null;
        foreach (var part in first)
        {
            weakest = Weaker(weakest, Share(part, second));
        }

        foreach (var part in second)
        {
            weakest = Weaker(weakest, Share(part, first));
        }

        return weakest;
    }

    /// <summary>
    /// The distinct keys of either side found on the other (counted once per side they occur on),
    /// and those found on one side only.
    /// </summary>
    public static (int Shared, int Unshared) Shared(ReadOnlySpan<long[]> first, ReadOnlySpan<long[]> second)
    {
        // One merge over every part's sorted hashes at once, so no union is built (this runs for
        // every paragraph bead a long section considers).
        Span<int> at = stackalloc int[first.Length + second.Length];
        at.Clear();
        int inFirst = 0, inSecond = 0, inBoth = 0;
        while (true)
        {
            var (least, any) = (long.MaxValue, false);
            for (var p = 0; p < at.Length; p++)
            {
                var part = p < first.Length ? first[p] : second[p - first.Length];
                if (at[p] < part.Length && (!any || part[at[p]] < least))
                {
                    (least, any) = (part[at[p]], true);
                }
            }

            if (!any)
            {
                return (2 * inBoth, inFirst + inSecond - (2 * inBoth));
            }

            var (onFirst, onSecond) = (false, false);
            for (var p = 0; p < at.Length; p++)
            {
                var part = p < first.Length ? first[p] : second[p - first.Length];
                if (at[p] < part.Length && part[at[p]] == least)
                {
                    at[p]++;
                    (onFirst, onSecond) = p < first.Length ? (true, onSecond) : (onFirst, true);
                }
            }

            inFirst += onFirst ? 1 : 0;
            inSecond += onSecond ? 1 : 0;
            inBoth += onFirst && onSecond ? 1 : 0;
        }
    }

    private static double? Weaker(double? a, double? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    // The share of a part's keys that occur in any of the other side's units: a merge of sorted
    // arrays per unit (this runs millions of times in a long section; a binary search through the
    // generic comparer cost four times as much).
    private static double? Share(long[] part, ReadOnlySpan<long[]> other)
    {
        if (part.Length == 0)
        {
            return null;
        }

        Span<bool> found = part.Length <= 256 ? stackalloc bool[part.Length] : new bool[part.Length];
        found.Clear();
        foreach (var unit in other)
        {
            for (int x = 0, y = 0; x < part.Length && y < unit.Length;)
            {
                if (part[x] == unit[y])
                {
                    found[x] = true;
                    (x, y) = (x + 1, y + 1);
                }
                else if (part[x] < unit[y])
                {
                    x++;
                }
                else
                {
                    y++;
                }
            }
        }

        var count = 0;
        foreach (var hit in found)
        {
            count += hit ? 1 : 0;
        }

        return (double)count / part.Length;
    }

    // FNV-1a, 64 bits, over the key's UTF-16 code units: stable across runs, unlike string.GetHashCode.
    private static long Hash(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }

    // A run of digits and ASCII letters (with , or . between digits): its number and, when it has a letter, the token.
    private static int Token(string text, int start, List<string> keys)
    {
        var token = new StringBuilder();
        var number = new StringBuilder();
        var hasLetter = false;
        var i = start;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit >= 0)
            {
                token.Append((char)('0' + digit));
                number.Append((char)('0' + digit));
            }
            else if (IsAsciiLetter(c))
            {
                hasLetter = true;
                token.Append(char.ToLowerInvariant(c));
            }
            else if ((c is ',' or '.') && number.Length > 0 && i + 1 < text.Length && CharUnicodeInfo.GetDecimalDigitValue(text[i + 1]) >= 0)
            {
                // 10,000 is 10000 and 3.5 stays 3.5: the decimal point is kept, the grouping comma dropped.
                if (c == '.')
                {
                    number.Append('.');
                    token.Append('.');
                }
            }
            else
            {
                break;
            }
        }

        if (number.Length > 0)
        {
            keys.Add("#" + LeadingNumber(number.ToString()));
        }

        if (hasLetter)
        {
            keys.Add("L" + token);
        }

        return i;
    }

    // The number a token starts with ("70" of "70b"): digits and a decimal point, as gathered.
    private static string LeadingNumber(string digits) => digits.TrimEnd('.');

    // A word of a Brahmic script: its consonant skeleton in the Devanagari block, first few consonants as the key.
    private static int Cognate(string text, int start, List<string> keys)
    {
        var i = start;
        while (i < text.Length && (IsBrahmic(text[i]) || text[i] is '\u200C' or '\u200D'))
        {
            i++;
        }

        var skeleton = new StringBuilder();
        var word = text.AsSpan(start, i - start);
        for (var k = 0; k < word.Length; k++)
        {
            var offset = Offset(word[k]);

            // Consonants only (offsets 0x15–0x39 in every block); व (0x35) folds into ब (0x2C). A nasal
            // before a virama is the anusvara another spelling writes (নিয়ন্ত্রণ, नियंत्रण): dropped.
            var nasalCluster = offset is 0x19 or 0x1E or 0x23 or 0x28 or 0x2E && k + 1 < word.Length && Offset(word[k + 1]) == Virama;
            if (offset is >= 0x15 and <= 0x39 && !nasalCluster)
            {
                skeleton.Append((char)(BrahmicFirst + (offset == 0x35 ? 0x2C : offset)));
            }
        }

        if (skeleton.Length >= CognatePrefix)
        {
            keys.Add("C" + skeleton.ToString(0, CognatePrefix));
        }

        return i;
    }

    // A character's offset in its Brahmic block, or -1 outside U+0900–U+0DFF.
    private static int Offset(char c) => c is >= (char)BrahmicFirst and <= (char)BrahmicLast ? (c - BrahmicFirst) % BlockSize : -1;

    private static bool IsBrahmic(char c) => c is >= (char)BrahmicFirst and <= (char)BrahmicLast && CharUnicodeInfo.GetDecimalDigitValue(c) < 0;

    private static bool IsAsciiLetter(char c) => char.IsAsciiLetter(c);

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB';
}
