using InterviewReader.Content.Loading;
using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Validation;

/// <summary>Missing counterparts are warnings: the interview is still published, and the lacking file is named.</summary>
public sealed class CounterpartWarningTests
{
    private const string Hi = $"{Samples.Slug}/hi.md";
    private const string Bn = $"{Samples.Slug}/bn.md";

    [Fact]
    public void Load_DifferentParagraphCounts_WarnsInTheShorterFileAfterItsLastParagraph()
    {
        var bn = Samples.Transcript("bn", paragraphs: 2);

        var snapshot = Load(Samples.Transcript("hi", paragraphs: 3), bn);

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Warning, Bn, TextLines.LineOf(bn, Samples.Paragraphs("bn")[1]),
            $"paragraph 'founders-call-p3' is in {Hi} but not in this file: add it after the block that starts at this line");
        Assert.Single(snapshot.Interviews);
    }

    [Fact]
    public void Load_DifferentTakeawayCounts_WarnsInTheShorterFileAfterItsLastTakeaway()
    {
        var bn = Samples.Transcript("bn", takeaways: 2);

        var snapshot = Load(Samples.Transcript("hi"), bn);

        // The list: '::: takeaways', the label, a blank line, then t1 and t2.
        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Warning, Bn, TextLines.LineOf(bn, "::: takeaways") + 4,
            $"takeaway 'founders-call-t3' is in {Hi} but not in this file: add it after the takeaway on this line");
        Assert.Single(snapshot.Interviews);
    }

    [Fact]
    public void Load_SectionInOneLanguageOnly_WarnsOnceNotPerBlock()
    {
        var bn = Samples.Transcript("bn", centralisedPower: false);

        var snapshot = Load(Samples.Transcript("hi"), bn);

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Warning, Bn, TextLines.LineOf(bn, "{#founders-call}"),
            $"section 'centralised-power' is in {Hi} but not in this file: add it after the section that starts at this line");
        Assert.Single(snapshot.Interviews);
    }

    [Fact]
    public void Load_HindiLacksASection_WarnsInTheHindiFile()
    {
        var hi = Samples.Transcript("hi", centralisedPower: false);

        var snapshot = Load(hi, Samples.Transcript("bn"));

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Warning, Hi, TextLines.LineOf(hi, "{#founders-call}"),
            $"section 'centralised-power' is in {Bn} but not in this file");
    }

    [Fact]
    public void Load_SectionWithoutParagraphsInOneLanguage_WarnsAtItsHeading()
    {
        var bn = Samples.Transcript("bn", paragraphs: 0);

        var snapshot = Load(Samples.Transcript("hi"), bn);

        var heading = TextLines.LineOf(bn, "{#founders-call}");
        ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Warning, Bn, heading,
            $"paragraph 'founders-call-p1' is in {Hi} but not in this file: add it as the section's first block, after this line");
        ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Warning, Bn, heading, "paragraph 'founders-call-p2'");
        Assert.Equal(2, snapshot.Problems.Length);
    }

    [Fact]
    public void Load_SectionIdMistypedInOneLanguage_IsAnErrorNamingBothIds()
    {
        var bn = Samples.Transcript("bn").Replace("{#centralised-power}", "{#centralized-power}", StringComparison.Ordinal);

        var snapshot = Load(Samples.Transcript("hi"), bn);

        ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Error, Bn, TextLines.LineOf(bn, "{#centralized-power}"),
            $"section ID 'centralized-power' is not in {Hi}, which has 'centralised-power' at this place");
        ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Error, Hi, TextLines.LineOf(Samples.Transcript("hi"), "{#centralised-power}"),
            $"section ID 'centralised-power' is not in {Bn}, which has 'centralized-power' at this place");
        Assert.Equal(2, snapshot.Problems.Length);
        Assert.Empty(snapshot.Interviews);
    }

    [Fact]
    public void Load_MatchingTranscripts_HaveNoWarnings()
    {
        var snapshot = Load(Samples.Transcript("hi"), Samples.Transcript("bn"));

        ProblemAssert.None(snapshot.Problems);
        Assert.Single(snapshot.Interviews);
    }

    private static ContentSnapshot Load(string hi, string bn)
    {
        using var root = new TempContentRoot();
        root.Write(Hi, hi);
        root.Write(Bn, bn);
        return root.Load();
    }
}
