using System.Collections.Immutable;
using System.Text;
using InterviewReader.Content.Text;

namespace InterviewReader.Content.Search;

/// <summary>
/// A query as typed, made safe: control characters and broken surrogates become spaces, it is cut
/// to <see cref="MaxLength"/> characters, and its words become <see cref="SearchTerm"/>s (at most
/// <see cref="MaxTerms"/>, without repeats or <see cref="CommonWords"/>). There is no query syntax:
/// quotes, colons, stars and the like separate words like any punctuation.
/// </summary>
/// <param name="Text">The cleaned query, to show back to the reader.</param>
/// <param name="Terms">The words searched for; every one must match.</param>
/// <param name="WasCut">True when the query was longer than <see cref="MaxLength"/> or had more than <see cref="MaxTerms"/> words.</param>
/// <param name="OnlyCommonWords">True when the query had words but all were <see cref="CommonWords"/>.</param>
public sealed record SearchQuery(string Text, ImmutableArray<SearchTerm> Terms, bool WasCut, bool OnlyCommonWords)
{
    /// <summary>The longest query looked at, in characters.</summary>
    public const int MaxLength = 200;

    /// <summary>The most words a query searches for.</summary>
    public const int MaxTerms = 8;

    /// <summary>True when there is nothing to search for.</summary>
    public bool IsEmpty => Terms.IsEmpty;

    /// <summary>Cleans and splits a query (null is empty).</summary>
    public static SearchQuery Parse(string? raw)
    {
        raw ??= "";
        var cut = raw.Length > MaxLength;
        var clean = new StringBuilder(Math.Min(raw.Length, MaxLength));
        for (var i = 0; i < raw.Length && clean.Length < MaxLength; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                if (clean.Length + 2 > MaxLength)
                {
                    break;
                }

                clean.Append(c).Append(raw[++i]);
            }
            else
            {
                clean.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
            }
        }

        var text = clean.ToString().Trim();
        var keys = SearchTokens.Split(text).Select(t => t.Key).Distinct(StringComparer.Ordinal).ToList();
        var kept = keys.Where(k => !CommonWords.Contains(k)).ToList();
        return new SearchQuery(
            text,
            [.. kept.Take(MaxTerms).Select(k => new SearchTerm(k))],
            cut || kept.Count > MaxTerms,
            keys.Count > 0 && kept.Count == 0);
    }
}
