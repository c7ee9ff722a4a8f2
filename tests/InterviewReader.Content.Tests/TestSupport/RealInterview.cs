using InterviewReader.Content.Loading;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>The repository's real content, loaded once for all tests, and the seed texts it came from.</summary>
internal static class RealInterview
{
    public const string Slug = "emad-mostaque";

    /// <summary>The four titled sections, in order.</summary>
    public static readonly string[] TitledSectionIds = ["founders-call", "centralised-power", "decentralised-intelligence", "democracy"];

    private static readonly Lazy<ContentSnapshot> Loaded = new(() => ContentLibrary.Load(RepoPaths.Content));

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
        File.ReadAllText(Path.Combine(RepoPaths.Content, Slug, $"{language}.md"));

    /// <summary>The seed's non-empty lines, with a list item's leading "- " removed (a copy of /work/shared/seeds).</summary>
    public static IReadOnlyList<string> SeedLines(string language) =>
        [.. TextLines.NonEmpty(File.ReadAllText(RepoPaths.TestData("Seeds", $"{language}.txt")))
            .Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l)];
}
