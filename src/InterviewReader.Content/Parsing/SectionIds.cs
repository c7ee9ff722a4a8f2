using System.Text.RegularExpressions;

namespace InterviewReader.Content.Parsing;

/// <summary>The rule for section IDs: lowercase ASCII words joined by hyphens, the same in every language.</summary>
internal static partial class SectionIds
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex("-(?:[pqt][0-9]+|takeaways|quote)$", RegexOptions.CultureInvariant)]
    private static partial Regex AnchorSuffix();

    public static bool IsValid(string id) => id.Length <= 64 && Pattern().IsMatch(id);

    /// <summary>
    /// True when the ID ends like a block's anchor (<c>-p2</c>, <c>-q1</c>, <c>-t3</c>, <c>-takeaways</c>,
    /// <c>-quote</c>): section <c>a-p2</c> and paragraph 2 of section <c>a</c> would share one link.
    /// </summary>
    public static bool LooksLikeAnchor(string id) => AnchorSuffix().IsMatch(id);
}
