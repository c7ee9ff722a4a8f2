using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>
/// The bundled interview, loaded once for all tests from the fixture content root (a copy of
/// content/emad-mostaque, see <see cref="RepoPaths.FixtureContent"/>), and the seed texts it came from.
/// </summary>
internal static class RealInterview
{
    public const string Slug = RepoPaths.FixtureSlug;

    /// <summary>The four titled sections, in order.</summary>
    public static readonly string[] TitledSectionIds = ["founders-call", "centralised-power", "decentralised-intelligence", "democracy"];

    private static readonly Lazy<ContentSnapshot> Loaded = new(() => ContentLibrary.Load(RepoPaths.FixtureContent));

    public static ContentSnapshot Snapshot => Loaded.Value;

    /// <summary>The transcript in a language; fails the test when it did not load.</summary>
    public static Transcript Transcript(string language)
    {
        var interview = Snapshot.Find(Slug);
        Assert.NotNull(interview);
        var transcript = interview.Interview.In(language);
        Assert.NotNull(transcript);
        return transcript;
    }

    /// <summary>The text of the content file for a language.</summary>
    public static string SourceText(string language) =>
        File.ReadAllText(Path.Combine(RepoPaths.FixtureContent, Slug, $"{language}.md"));

    /// <summary>The bundled interview loaded with another Bengali file (a perturbed copy); fails the test when it has errors.</summary>
    public static AlignedInterview WithBengali(string bengali)
    {
        using var root = new TempContentRoot();
        root.Write($"{Slug}/hi.md", SourceText("hi"));
        root.Write($"{Slug}/bn.md", bengali);
        var snapshot = root.Load();
        Assert.False(snapshot.HasErrors, string.Join("; ", snapshot.Problems));
        return Assert.Single(snapshot.Interviews);
    }

    /// <summary>The seed's non-empty lines, with a list item's leading "- " removed (tests/TestData/Seeds, a copy of ../shared/seeds).</summary>
    public static IReadOnlyList<string> SeedLines(string language) =>
        [.. TextLines.NonEmpty(File.ReadAllText(Path.Combine(RepoPaths.Seeds, $"{language}.txt")))
            .Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l)];
}
