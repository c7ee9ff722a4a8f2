using System.Text.RegularExpressions;

namespace InterviewReader.Content.Parsing;

/// <summary>The rule for section IDs: lowercase ASCII words joined by hyphens, the same in every language.</summary>
internal static partial class SectionIds
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool IsValid(string id) => id.Length <= 64 && Pattern().IsMatch(id);
}
