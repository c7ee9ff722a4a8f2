using System.Collections.Frozen;
using InterviewReader.Content.Text;

namespace InterviewReader.Content.Search;

/// <summary>
/// Keys that are left out of the index and of queries: the false friends, function words that
/// share a key across the two languages but not a meaning (Hindi के "of" and Bengali কে "who";
/// या "or" and যা "what"; कि/की "that/of" and কি "what"; ये "these" and যে "that"). They are among the
/// most frequent words of both languages, so they say nothing about where a topic is discussed,
/// and ranking them down would still let a query in one language pull in passages of the other
/// for a word it never meant. As stop words they match nothing, and a query of only them is told so.
/// </summary>
public static class CommonWords
{
    /// <summary>The stop keys (search keys, so each covers both scripts).</summary>
    public static FrozenSet<string> Keys { get; } = new[] { "के", "कि", "की", "या", "ये" }
        .Select(w => SearchKey.Of(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the key is a stop key.</summary>
    public static bool Contains(string key) => Keys.Contains(key);
}
