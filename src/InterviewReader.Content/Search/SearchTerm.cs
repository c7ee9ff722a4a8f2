using InterviewReader.Content.Text;

namespace InterviewReader.Content.Search;

/// <summary>One word of a query, as a key.</summary>
/// <param name="Key">The word's search key.</param>
public sealed record SearchTerm(string Key)
{
    /// <summary>Keys this short (in aksharas) match only themselves; longer ones match every key they begin.</summary>
    public const int PrefixFrom = 3;

    /// <summary>True when the term also matches longer keys that begin with it (বুদ্ধিমত্তা finds বুদ্ধিমত্তার).</summary>
    public bool IsPrefix { get; } = Aksharas.Count(Key) >= PrefixFrom;

    /// <summary>True when a word with key <paramref name="key"/> matches the term.</summary>
    public bool Matches(string key) => IsPrefix ? key.StartsWith(Key, StringComparison.Ordinal) : key == Key;
}
