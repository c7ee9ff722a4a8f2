using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Alignment;

/// <summary>A block or section one language lacks becomes an explicit empty cell; rows never shift.</summary>
public sealed class MissingCounterpartAlignmentTests
{
    [Fact]
    public void Align_BengaliLacksThirdParagraph_RowHasNullBengaliCell()
    {
        var section = Load(Samples.Transcript("hi", paragraphs: 3), Samples.Transcript("bn", paragraphs: 2))
            .Sections.Single(s => s.Id == "founders-call");

        string[] anchors = ["founders-call-p1", "founders-call-p2", "founders-call-p3", "founders-call-takeaways"];
        Assert.Equal(anchors, section.Blocks.Select(b => b.AnchorId));
        var p3 = Assert.IsType<AlignedRow<ParagraphBlock>>(section.Blocks[2]);
        Assert.Equal(2, p3.Cells.Length);
        Assert.Equal(Samples.Paragraphs("hi")[2], p3.First(0)?.Text.PlainText);
        Assert.True(p3.Lacks(1));
    }

    [Fact]
    public void Align_BengaliLacksThirdParagraph_EarlierRowsAndTakeawaysStayPaired()
    {
        var section = Load(Samples.Transcript("hi", paragraphs: 3), Samples.Transcript("bn", paragraphs: 2))
            .Sections.Single(s => s.Id == "founders-call");

        var p2 = Assert.IsType<AlignedRow<ParagraphBlock>>(section.Blocks[1]);
        Assert.Equal(Samples.Paragraphs("hi")[1], p2.First(0)?.Text.PlainText);
        Assert.Equal(Samples.Paragraphs("bn")[1], p2.First(1)?.Text.PlainText);
        var takeaways = Assert.IsType<AlignedTakeaways>(section.Blocks[3]);
        Assert.All(takeaways.Lists, l => Assert.NotNull(l));
        Assert.Equal(3, takeaways.Items.Length);
        Assert.All(takeaways.Items, row => Assert.All(row.Cells, c => Assert.Single(c)));
        Assert.Equal("संस्थापक बनाम CEO", takeaways.Items[0].First(0)?.Term.PlainText);
        Assert.Equal("প্রতিষ্ঠাতা বনাম CEO", takeaways.Items[0].First(1)?.Term.PlainText);
    }

    [Fact]
    public void Align_BengaliLacksThirdTakeaway_ItemRowHasNullBengaliCell()
    {
        var section = Load(Samples.Transcript("hi"), Samples.Transcript("bn", takeaways: 2))
            .Sections.Single(s => s.Id == "founders-call");

        var takeaways = Assert.IsType<AlignedTakeaways>(section.Blocks[^1]);
        Assert.Equal(new[] { "founders-call-t1", "founders-call-t2", "founders-call-t3" }, takeaways.Items.Select(i => i.AnchorId));
        Assert.Single(takeaways.Items[2].Cells[0]);
        Assert.Empty(takeaways.Items[2].Cells[1]);
        Assert.Single(takeaways.Items[1].Cells[1]);
    }

    [Fact]
    public void Align_SectionOnlyInHindi_HasNullBengaliSectionAndRowCells()
    {
        var interview = Load(Samples.Transcript("hi"), Samples.Transcript("bn", centralisedPower: false));

        string[] ids = [Section.IntroId, "founders-call", "centralised-power", Section.ClosingId];
        Assert.Equal(ids, interview.Sections.Select(s => s.Id));
        var section = interview.Sections[2];
        Assert.NotNull(section.Cells[0]);
        Assert.Null(section.Cells[1]);
        var row = Assert.IsType<AlignedRow<ParagraphBlock>>(Assert.Single(section.Blocks));
        Assert.Equal("centralised-power-p1", row.AnchorId);
        Assert.Single(row.Cells[0]);
        Assert.Empty(row.Cells[1]);
    }

    [Fact]
    public void Align_SectionOnlyInBengali_KeepsItsPlaceInReadingOrder()
    {
        var interview = Load(Samples.Transcript("hi", centralisedPower: false), Samples.Transcript("bn"));

        string[] ids = [Section.IntroId, "founders-call", "centralised-power", Section.ClosingId];
        Assert.Equal(ids, interview.Sections.Select(s => s.Id));
        Assert.Null(interview.Sections[2].Cells[0]);
        Assert.NotNull(interview.Sections[2].Cells[1]);
    }

    private static AlignedInterview Load(string hi, string bn)
    {
        using var root = new TempContentRoot();
        root.Write($"{Samples.Slug}/hi.md", hi);
        root.Write($"{Samples.Slug}/bn.md", bn);
        return Assert.Single(root.Load().Interviews);
    }
}
