using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Web.Components.Reader;

/// <summary>
/// The languages that lack the whole section or takeaway list being rendered, cascaded to its cells:
/// one notice says so at its head, and their cells below stay empty (keeping the columns aligned)
/// rather than repeating a placeholder in every row.
/// </summary>
/// <param name="Codes">The codes of those languages.</param>
public sealed record AbsentLanguages(ImmutableHashSet<string> Codes)
{
    /// <summary>No language lacks the whole of it.</summary>
    public static AbsentLanguages None { get; } = new(ImmutableHashSet<string>.Empty);

    /// <summary>True when the language lacks the whole of it.</summary>
    public bool Lacks(LanguageInfo language) => Codes.Contains(language.Code);

    /// <summary>These and the given languages.</summary>
    public AbsentLanguages With(IEnumerable<LanguageInfo> languages) => new(Codes.Union(languages.Select(l => l.Code)));

    /// <summary>Equal when the same languages.</summary>
    public bool Equals(AbsentLanguages? other) => other is not null && Codes.SetEquals(other.Codes);

    /// <inheritdoc />
    public override int GetHashCode() => Codes.Count;
}
