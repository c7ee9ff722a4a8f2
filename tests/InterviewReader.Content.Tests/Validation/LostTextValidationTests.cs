using System.Text.RegularExpressions;
using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Validation;

/// <summary>
/// Text lost on the way into a file is an error at its line: letters re-encoded as '?' or U+FFFD,
/// or a block without a letter of its language's script where its counterpart has many.
/// Latin names, English words and labels left in English stay valid.
/// </summary>
public sealed partial class LostTextValidationTests
{
    private const string Hi = $"{Samples.Slug}/hi.md";
    private const string Bn = $"{Samples.Slug}/bn.md";

    [Fact]
    public void Load_HindiSavedInAnEncodingWithoutDevanagari_ReportsEveryBlock()
    {
        // What saving as Latin-1 or ASCII with replacement does: each Devanagari character becomes '?'.
        var lossy = Devanagari().Replace(Samples.Transcript("hi"), "?");
        using var root = new TempContentRoot();
        root.Write(Hi, lossy);
        root.Write(Bn, Samples.Transcript("bn"));

        var snapshot = root.Load();

        foreach (var marker in new[] { "title:", "Abundance 360", "## ", "CEO ???", "Mostaque ?? ?????", "- ?", "> " })
        {
            ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Error, Hi, TextLines.LineOf(lossy, marker), "where letters should be");
        }

        Assert.DoesNotContain(snapshot.Problems, p => p.File == Bn);
        Assert.Empty(snapshot.Interviews);
    }

    [Fact]
    public void Load_BengaliFileWhoseBodyIsHindi_ReportsEachBlockAgainstItsCounterpart()
    {
        var hindiBody = Samples.Transcript("hi")[Samples.FrontMatter("hi").Length..];
        var text = Samples.WithBody("bn", hindiBody);
        using var root = new TempContentRoot();
        root.Write(Hi, Samples.Transcript("hi"));
        root.Write(Bn, text);

        var snapshot = root.Load();

        var intro = TextLines.LineOf(text, "Abundance 360");
        ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Error, Bn, intro, $"this paragraph has no Bengali letter, but its counterpart in {Hi}:{intro} is written in Devanagari");
        ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Error, Bn, TextLines.LineOf(text, "## "), "this heading has no Bengali letter");
        ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Error, Bn, TextLines.LineOf(text, "- संस्थापक बनाम"), "this takeaway has no Bengali letter");
        ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Error, Bn, TextLines.LineOf(text, "> "), "this quote has no Bengali letter");
        Assert.DoesNotContain(snapshot.Problems, p => p.File == Hi);
        Assert.Empty(snapshot.Interviews);
    }

    [Fact]
    public void Load_ReplacementCharacterInOneParagraph_IsAnErrorAtItsLine()
    {
        var paragraph = Samples.Paragraphs("bn")[1];
        var text = Samples.Transcript("bn").Replace(paragraph, paragraph.Replace("শক্তি", "শ\uFFFDক্তি", StringComparison.Ordinal), StringComparison.Ordinal);
        using var root = new TempContentRoot();
        root.Write(Hi, Samples.Transcript("hi"));
        root.Write(Bn, text);

        var snapshot = root.Load();

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Error, Bn, TextLines.LineOf(text, "মোস্তাক বুঝতে"), "this paragraph has the replacement character '\uFFFD'");
        Assert.Empty(snapshot.Interviews);
    }

    [Fact]
    public void Load_LatinNamesEnglishWordsAndQuestionMarks_StayValid()
    {
        var hi = Samples.Transcript("hi")
            .Replace("language: hi\n", "language: hi\nsubtitle: \"former CEO and Co-Founder of Stability AI\"\n", StringComparison.Ordinal)
            .Replace("## संस्थापक", "Stability AI\n\n## संस्थापक", StringComparison.Ordinal)
            .Replace("शिखर होता है।", "शिखर होता है?? क्या सच में?", StringComparison.Ordinal);
        var bn = Samples.Transcript("bn")
            .Replace("language: bn\n", "language: bn\nsubtitle: \"former CEO and Co-Founder of Stability AI\"\n", StringComparison.Ordinal)
            .Replace("## প্রতিষ্ঠাতার", "Stability AI\n\n## প্রতিষ্ঠাতার", StringComparison.Ordinal)
            .Replace("ইমাদ মোস্তাক একটি", "ইমাদ মোস্তাক wondering একটি", StringComparison.Ordinal);
        using var root = new TempContentRoot();
        root.Write(Hi, hi);
        root.Write(Bn, bn);

        var snapshot = root.Load();

        ProblemAssert.None(snapshot.Problems);
        Assert.Single(snapshot.Interviews);
    }

    [GeneratedRegex("[\u0900-\u097F]")]
    private static partial Regex Devanagari();
}
