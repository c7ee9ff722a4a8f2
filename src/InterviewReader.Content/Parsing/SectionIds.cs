using System.Text.RegularExpressions;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Parsing;

/// <summary>The rule for section IDs: lowercase ASCII words joined by hyphens, the same in every language.</summary>
internal static partial class SectionIds
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string id) => id.Length <= 64 && Pattern().IsMatch(id);

    /// <summary>
    /// True when the ID ends like an ID the site mints (<see cref="Anchors.HasMintedEnding"/>):
    /// section <c>a-p2</c> and paragraph 2 of section <c>a</c> would share one link.
    /// </summary>
    public static bool LooksLikeAnchor(string id) => Anchors.HasMintedEnding(id);

    /// <summary>True when the ID, or one minted from it, is one the page uses itself (<see cref="Anchors.IsTakenByThePage"/>).</summary>
    public static bool IsTakenByThePage(string id) => Anchors.IsTakenByThePage(id);
}
