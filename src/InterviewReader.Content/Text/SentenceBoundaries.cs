using System.Buffers;

namespace InterviewReader.Content.Text;

/// <summary>
/// Finds where sentences end in a block's plain text (the rules are listed on
/// <see cref="SentenceSplitter"/>). One pass, left to right, keeping a short stack of the quotes
/// and brackets open at each point.
/// </summary>
internal static class SentenceBoundaries
{
    /// <summary>How many nested quotes and brackets are tracked; deeper ones (only in hostile text) are ignored.</summary>
    private const int MaxOpen = 64;

    /// <summary>Every character the rules look at: terminators, the full stop, quotes and brackets. Any other is passed over.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("।॥?!‼⁇⁈⁉.\"'“„‘‚«‹([{”’»›)]}");

    private static readonly SearchValues<char> Dandas = SearchValues.Create("।॥");

    /// <summary>
    /// The sentences of <paramref name="text"/>: each is <c>[Start, End)</c>, followed by the
    /// whitespace <c>[End, Next)</c>; the first starts at 0, each starts at the previous one's Next,
    /// the last one's Next is the text's length. Empty text has none.
    /// </summary>
    /// <param name="text">The block's plain text.</param>
    /// <param name="sources">Where each character comes from (same length as <paramref name="text"/>).</param>
    public static List<(int Start, int End, int Next)> Find(string text, CharSource[] sources)
    {
        var sentences = new List<(int Start, int End, int Next)>();
        var hasDanda = HasDanda(text, sources);

        var open = new List<(char Closer, bool MidClause)>();
        var start = 0;
        var at = 0;
        while (at < text.Length)
        {
            // A character that is no mark changes nothing: go straight to the next mark.
            var skip = text.AsSpan(at).IndexOfAny(Marks);
            at = skip < 0 ? text.Length : at + skip;
            if (at == text.Length)
            {
                break;
            }

            var c = text[at];
            if (sources[at] != CharSource.Text)
            {
                at++;
            }
            else if (IsTerminator(c) || c == '.')
            {
                var runEnd = at;
                while (runEnd < text.Length && sources[runEnd] == CharSource.Text && (IsTerminator(text[runEnd]) || text[runEnd] == '.'))
                {
                    runEnd++;
                }

                if (EndAfter(text, sources, at, runEnd, hasDanda, open) is { } end)
                {
                    var next = end;
                    var lastBreak = -1;
                    while (next < text.Length && (sources[next] == CharSource.Break || (sources[next] == CharSource.Text && char.IsWhiteSpace(text[next]))))
                    {
                        lastBreak = sources[next] == CharSource.Break ? next : lastBreak;
                        next++;
                    }

                    // A hard line break after the sentence stays with it: the trailing text is plain whitespace.
                    end = Math.Max(end, lastBreak + 1);
                    sentences.Add((start, end, next));
                    start = at = next;
                }
                else
                {
                    at = runEnd;
                }
            }
            else
            {
                Track(text, at, start, open);
                at++;
            }
        }

        if (start < text.Length)
        {
            var end = text.Length;
            while (end > start && sources[end - 1] == CharSource.Text && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (sentences.Count > 0 && string.IsNullOrWhiteSpace(text[start..end]))
            {
                // Nothing visible after the last terminator (a line break, spaces in code): it ends the last sentence.
                sentences[^1] = (sentences[^1].Start, end, text.Length);
            }
            else
            {
                // Whitespace alone is kept as one sentence, so nothing is lost.
                sentences.Add((start, end == start ? text.Length : end, text.Length));
            }
        }

        return sentences;
    }

    /// <summary>Whether the text (not a link's address or code) has a danda anywhere: then a full stop ends no sentence.</summary>
    private static bool HasDanda(string text, CharSource[] sources)
    {
        var from = 0;
        while (text.AsSpan(from).IndexOfAny(Dandas) is var found and >= 0)
        {
            if (sources[from + found] == CharSource.Text)
            {
                return true;
            }

            from += found + 1;
        }

        return false;
    }

    /// <summary>
    /// Where the sentence ends when the terminators in <c>[from, runEnd)</c> end it (after the
    /// quotes and brackets that close it), or null when they do not.
    /// </summary>
    private static int? EndAfter(string text, CharSource[] sources, int from, int runEnd, bool hasDanda, List<(char Closer, bool MidClause)> open)
    {
        var danda = false;
        var dotsOnly = true;
        for (var i = from; i < runEnd; i++)
        {
            danda |= IsDanda(text[i]);
            dotsOnly &= text[i] == '.';
        }

        if (dotsOnly && (runEnd - from > 1 || hasDanda || !FullStopEnds(text, from)))
        {
            return null;
        }

        // A '?', '!' or '.' inside a quote or bracket that opened mid-clause (সে "না!" বলে) is part of the clause.
        if (!danda && open.Exists(o => o.MidClause))
        {
            return null;
        }

        var end = runEnd;
        while (end < text.Length && sources[end] == CharSource.Text && (IsCloser(text[end]) || IsTerminator(text[end]) || text[end] == '.'))
        {
            end++;
        }

        // A '?', '!' or '.' glued to the next word ("Yahoo!Inc", "a.b") ends nothing; a danda always ends.
        if (!danda && end < text.Length && !(sources[end] == CharSource.Break || char.IsWhiteSpace(text[end])))
        {
            return null;
        }

        for (var i = runEnd; i < end; i++)
        {
            Close(text[i], open);
        }

        return end;
    }

    /// <summary>
    /// Whether a lone '.' at <paramref name="at"/> (in a block with no danda) ends a sentence: not
    /// inside a number or a word (<c>3.5</c>, <c>example.com</c>), not after an initial or a title,
    /// not before a lower-case Latin word (<c>etc. and</c>).
    /// </summary>
    private static bool FullStopEnds(string text, int at)
    {
        if (at + 1 < text.Length && char.IsLetterOrDigit(text[at + 1]))
        {
            return false;
        }

        var wordStart = at;
        while (wordStart > 0 && IsWordChar(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (SentenceAbbreviations.Abbreviates(text[wordStart..at]))
        {
            return false;
        }

        var next = at + 1;
        while (next < text.Length && (char.IsWhiteSpace(text[next]) || IsCloser(text[next])))
        {
            next++;
        }

        return !(next < text.Length && text[next] is >= 'a' and <= 'z');
    }

    /// <summary>Keeps the stack of open quotes and brackets up to date for the character at <paramref name="at"/>.</summary>
    private static void Track(string text, int at, int sentenceStart, List<(char Closer, bool MidClause)> open)
    {
        var c = text[at];
        if (c == '"' && open.Exists(o => o.Closer == '"'))
        {
            Close(c, open);
        }
        else if (c == '\'' && open.Exists(o => o.Closer == '\'') && at > 0 && !char.IsWhiteSpace(text[at - 1]))
        {
            Close(c, open);
        }
        else if (c == '\'' && !((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && at + 1 < text.Length && !char.IsWhiteSpace(text[at + 1])))
        {
            // An apostrophe (don't), not a quote.
        }
        else if (CloserOf(c) is { } closer)
        {
            if (open.Count < MaxOpen)
            {
                open.Add((closer, MidClause(text, at, sentenceStart)));
            }
        }
        else if (IsCloser(c))
        {
            Close(c, open);
        }
    }

    /// <summary>Closes the innermost open quote or bracket that <paramref name="closer"/> closes, and what is open inside it.</summary>
    private static void Close(char closer, List<(char Closer, bool MidClause)> open)
    {
        var match = open.FindLastIndex(o => o.Closer == closer || (closer == '"' && o.Closer == '”'));
        if (match >= 0)
        {
            open.RemoveRange(match, open.Count - match);
        }
    }

    /// <summary>
    /// Whether a quote or bracket opening at <paramref name="at"/> opens mid-clause: something other
    /// than a colon comes before it in the sentence (<c>সে "না!"</c>, not <c>বললেন: "না!"</c>).
    /// </summary>
    private static bool MidClause(string text, int at, int sentenceStart)
    {
        var before = at - 1;
        while (before >= sentenceStart && (char.IsWhiteSpace(text[before]) || CloserOf(text[before]) is not null))
        {
            before--;
        }

        return before >= sentenceStart && text[before] != ':';
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c)
        is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark
        or System.Globalization.UnicodeCategory.Format;

    private static bool IsDanda(char c) => c is '।' or '॥';

    /// <summary>The characters that end a sentence wherever they stand ('.' has rules of its own).</summary>
    private static bool IsTerminator(char c) => c is '।' or '॥' or '?' or '!' or '‼' or '⁇' or '⁈' or '⁉';

    /// <summary>What closes a quote or bracket that <paramref name="c"/> opens, or null when it opens none.</summary>
    private static char? CloserOf(char c) => c switch
    {
        '"' => '"',
        '\'' => '\'',
        '“' or '„' => '”',
        '‘' or '‚' => '’',
        '«' => '»',
        '‹' => '›',
        '(' => ')',
        '[' => ']',
        '{' => '}',
        _ => null,
    };

    /// <summary>Quotes and brackets that close what they follow (straight quotes too: after a terminator they close).</summary>
    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}';
}
