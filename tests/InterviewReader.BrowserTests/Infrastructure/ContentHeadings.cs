using System.Text.RegularExpressions;

namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>The section headings as written in the content files the app under test serves (the fixture copy).</summary>
internal static partial class ContentHeadings
{
    /// <summary>The "## Heading {#id}" texts of the fixture's emad-mostaque/&lt;language&gt;.md, in order.</summary>
    public static IReadOnlyList<string> Of(string language) =>
        [.. File.ReadLines(Path.Combine(RepoPaths.FixtureContent, RepoPaths.FixtureSlug, $"{language}.md"))
            .Select(line => Heading().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value.Trim())];

    [GeneratedRegex(@"^## (.+?)\s*\{#[a-z0-9-]+\}\s*$")]
    private static partial Regex Heading();
}
