using Bunit;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Model;
using InterviewReader.Web.Components.Preview;
using InterviewReader.Web.Preview;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Preview;

public sealed class PreviewRowNoteTests : BunitContext
{
    private readonly TempContent _content = new();

    [Fact]
    public void Render_RowWithBeads_ShowsEachBeadsSentencesAndConfidenceAndFlagsTheDoubtful()
    {
        _content.Interview("pair", ("hi", ["one"]), ("bn", ["one"]));
        var interview = ContentLibrary.Load(_content.Root).Find("pair")!;
        var section = interview.Sections.Single(s => s.Id == "one");
        var row = section.Blocks.OfType<AlignedRow<ParagraphBlock>>().First();
        var doubted = row with
        {
            Confidence = 0.42,
            Beads =
            [
                new SentenceBead(Anchors.Sentence(row.AnchorId, 1), [[0], [0, 1]], 0.9),
                new SentenceBead(Anchors.Sentence(row.AnchorId, 2), [[1], []], 0.3),
            ],
        };
        var changed = interview with
        {
            Sections = interview.Sections.Replace(section, section with { Blocks = section.Blocks.Replace(row, doubted) }),
        };

        var cut = Render<PreviewRowNote>(p => p.Add(c => c.Preview, new InterviewPreview("pair", changed, [])).Add(c => c.Anchor, row.AnchorId));

        var paragraph = cut.Find(".paragraph-bead");
        Assert.Equal("¶ 42%", paragraph.TextContent);
        Assert.Contains("doubtful", paragraph.ClassList);
        var beads = cut.FindAll(".sentence-bead");
        Assert.Equal(["s1 hi 1 · bn 1,2 90%", "s2 hi 2 · bn — 30% doubtful"], beads.Select(b => b.TextContent));
        Assert.DoesNotContain("doubtful", beads[0].ClassList);
        Assert.Contains("doubtful", beads[1].ClassList);
        Assert.Equal(Anchors.Sentence(row.AnchorId, 2), beads[1].GetAttribute("data-bead"));
        Assert.Contains("doubtful", cut.Find(".row-note").ClassList);
    }

    [Fact]
    public void Render_RowTheAlignerIsSureOf_NothingFlagged()
    {
        _content.Interview("pair", ("hi", ["one"]), ("bn", ["one"]));
        var interview = ContentLibrary.Load(_content.Root).Find("pair")!;
        var anchor = interview.Sections.Single(s => s.Id == "one").Blocks.OfType<AlignedRow<ParagraphBlock>>().First().AnchorId;

        var cut = Render<PreviewRowNote>(p => p.Add(c => c.Preview, new InterviewPreview("pair", interview, [])).Add(c => c.Anchor, anchor));

        Assert.Empty(cut.FindAll(".doubtful"));
        Assert.NotEmpty(cut.FindAll(".sentence-bead"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _content.Dispose();
    }
}
