using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Validation;

/// <summary>
/// A file for a language the table lacks (<c>en.md</c>, <c>ur.md</c>, <c>hi-IN.md</c>) beside a
/// valid pair is a warning naming it, and is left out: the interview stays up in Hindi and Bengali.
/// </summary>
public sealed class UnknownLanguageFileTests
{
    private const string Known = "it knows hi, bn";

    public static TheoryData<string, string> ExtraFiles() => new()
    {
        { "en", "Just days after dazzling the Abundance 360 audience with his open-source AI vision, Emad Mostaque made a stunning announcement." },
        { "ur", "ابنڈینس 360 کے سامعین کو اپنے اوپن سورس AI وژن سے مسحور کرنے کے چند ہی دن بعد، عماد مشتاق نے ایک زبردست اعلان کیا۔" },
        { "hi-IN", "Abundance 360 के दर्शकों को अपने ओपन-सोर्स AI विजन से चकाचौंध करने के कुछ ही दिनों बाद, Emad Mostaque ने एक ज़बरदस्त घोषणा की।" },
    };

    [Theory]
    [MemberData(nameof(ExtraFiles))]
    public void Load_FileForALanguageTheTableLacks_WarnsAndKeepsTheInterview(string code, string text)
    {
        using var root = ValidPair();
        root.Write($"{Samples.Slug}/{code}.md", Transcript(code, text));

        var snapshot = root.Load();

        var warning = ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Warning, $"{Samples.Slug}/{code}.md", 0, $"it is for language '{code}' (its front matter)");
        Assert.Contains(Known, warning.Message, StringComparison.Ordinal);
        var interview = Assert.Single(snapshot.Interviews);
        Assert.Equal(["hi", "bn"], interview.Languages.Select(l => l.Code));
    }

    [Fact]
    public void Load_ThreeExtraFiles_GiveOneWarningEach()
    {
        using var root = ValidPair();
        foreach (var (code, text) in ExtraFiles().Select(row => ((string)row[0], (string)row[1])))
        {
            root.Write($"{Samples.Slug}/{code}.md", Transcript(code, text));
        }

        var snapshot = root.Load();

        Assert.False(snapshot.HasErrors);
        Assert.Equal(
            [$"{Samples.Slug}/en.md", $"{Samples.Slug}/hi-IN.md", $"{Samples.Slug}/ur.md"],
            snapshot.Problems.Where(p => p.Severity == ProblemSeverity.Warning && p.Message.Contains(Known, StringComparison.Ordinal)).Select(p => p.File).Order(StringComparer.Ordinal));
        Assert.Equal(3, snapshot.Problems.Length);
        Assert.Equal(2, Assert.Single(snapshot.Interviews).Languages.Length);
    }

    [Fact]
    public void Load_ExtraFileWithoutFrontMatter_IsNamedByItsFileName()
    {
        using var root = ValidPair();
        root.Write($"{Samples.Slug}/ur.md", "ابنڈینس 360 کے سامعین کو مسحور کرنے کے چند ہی دن بعد۔\n");

        var snapshot = root.Load();

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Warning, $"{Samples.Slug}/ur.md", 0, "it is for language 'ur' (its name)");
        Assert.Single(snapshot.Interviews);
    }

    [Fact]
    public void Load_FileNamedForAKnownLanguageThatNamesAnUnknownOne_StaysAnError()
    {
        using var root = new TempContentRoot();
        var text = Samples.Transcript("hi").Replace("language: hi", "language: en", StringComparison.Ordinal);
        root.Write($"{Samples.Slug}/hi.md", text);
        root.Write($"{Samples.Slug}/bn.md", Samples.Transcript("bn"));

        var snapshot = root.Load();

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Error, $"{Samples.Slug}/hi.md", TextLines.LineOf(text, "language:"), "unknown language 'en'");
        Assert.Empty(snapshot.Interviews);
    }

    private static TempContentRoot ValidPair()
    {
        var root = new TempContentRoot();
        root.Write($"{Samples.Slug}/hi.md", Samples.Transcript("hi"));
        root.Write($"{Samples.Slug}/bn.md", Samples.Transcript("bn"));
        return root;
    }

    private static string Transcript(string code, string intro) =>
        $"---\ntitle: \"Interview with Emad Mostaque\"\ninterviewer: Peter H. Diamandis\ndate: 2024-03-29\nlanguage: {code}\n---\n\n{intro}\n";
}
