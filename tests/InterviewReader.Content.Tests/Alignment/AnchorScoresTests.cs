using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Alignment;

/// <summary>What a bead's anchors are worth: the paragraph evidence's constants are the rates measured on the bundled pair.</summary>
public sealed class AnchorScoresTests
{
    [Fact]
    public void Evidence_Constants_AreTheLogRatiosOfSharedKeysInTranslatedAndOtherParagraphPairs()
    {
        var hi = Paragraphs("hi");
        var bn = Paragraphs("bn");
        Assert.Equal(hi.Count, bn.Count); // the fixture pairs its paragraphs one to one, in order
        double[] shared = [0, 0], total = [0, 0];
        for (var i = 0; i < hi.Count; i++)
        {
            for (var j = 0; j < bn.Count; j++)
            {
                var (s, u) = AnchorKeys.Shared([hi[i]], [bn[j]]);
                var translated = i == j ? 0 : 1;
                shared[translated] += s;
                total[translated] += s + u;
            }
        }

        var (rateTranslated, rateOther) = (shared[0] / total[0], shared[1] / total[1]);
        Assert.Equal(AnchorScores.SharedGain, Math.Log(rateTranslated / rateOther), 0.01);
        Assert.Equal(AnchorScores.UnsharedCost, Math.Log((1 - rateOther) / (1 - rateTranslated)), 0.01);
    }

    [Fact]
    public void Evidence_TranslatedParagraphMissingASentence_OutweighsTheNextParagraph()
    {
        var hi = RealInterview.Transcript("hi").Sections.Single(s => s.Id == "founders-call").Blocks.OfType<ParagraphBlock>().ToList();
        var bn = RealInterview.Transcript("bn").Sections.Single(s => s.Id == "founders-call").Blocks.OfType<ParagraphBlock>().First();
        var shortened = Keys(string.Join(' ', bn.Sentences.SkipLast(1).Select(s => s.Text.PlainText)));

        var own = AnchorScores.Evidence([Keys(hi[0].Text.PlainText)], [shortened]);
        var next = AnchorScores.Evidence([Keys(hi[1].Text.PlainText)], [shortened]);

        Assert.True(own > 0, $"its own translation scores {own:F1}");
        Assert.True(own - next > 10, $"own {own:F1}, next {next:F1}");
    }

    [Fact]
    public void Shared_CountsDistinctKeysOnEachSide()
    {
        var (shared, unshared) = AnchorKeys.Shared([AnchorKeys.Hashes(["#1", "Lai"]), AnchorKeys.Hashes(["Lai", "Lceo"])], [AnchorKeys.Hashes(["Lai", "#2"])]);

        Assert.Equal(2, shared); // "Lai", once on each side
        Assert.Equal(3, unshared); // "#1" and "Lceo" on the first side, "#2" on the second
    }

    private static List<long[]> Paragraphs(string language) =>
        [.. RealInterview.Transcript(language).Sections.SelectMany(s => s.Blocks.OfType<ParagraphBlock>()).Select(p => Keys(p.Text.PlainText))];

    private static long[] Keys(string text) => AnchorKeys.Hashes(AnchorKeys.Of(text));
}
