using InterviewReader.Content.Text;

namespace InterviewReader.Content.Search;

/// <summary>
/// Where a passage matched its query, for <c>&lt;mark&gt;</c>: a whole word for an exact match; for
/// a prefix match, the letters the query covered, widened to whole aksharas, so a mark never ends
/// inside a conjunct (प्रशिक finds प्रशिक्षण and marks प्रशिक्ष).
/// </summary>
public static class SearchMarks
{
    /// <summary>The marked ranges (start, end) of <paramref name="text"/>, in order, not overlapping.</summary>
    public static IReadOnlyList<(int Start, int End)> In(string text, IReadOnlyList<SearchTerm> terms)
    {
        var ranges = new List<(int Start, int End)>();
        foreach (var token in SearchTokens.Split(text))
        {
            var end = -1;
            foreach (var term in terms)
            {
                if (term.Matches(token.Key))
                {
                    end = Math.Max(end, EndOfMatch(text, token, term));
                }
            }

            if (end > token.Start)
            {
                ranges.Add(Aksharas.Widen(text, token.Start, end));
            }
        }

        return ranges;
    }

    // Just after the source letter of the term's last key character, or the word's end when the
    // term is the whole key.
    private static int EndOfMatch(string text, SearchToken token, SearchTerm term)
    {
        if (term.Key.Length >= token.Key.Length)
        {
            return token.End;
        }

        var sources = new List<int>(token.Length);
        SearchKey.Fold(text.AsSpan(token.Start, token.Length), sources);
        return token.Start + sources[term.Key.Length - 1] + 1;
    }
}
