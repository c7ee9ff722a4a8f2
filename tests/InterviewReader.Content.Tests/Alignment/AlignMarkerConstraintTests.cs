using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Alignment;

/// <summary>
/// An editor's <c>{align=N}</c> or <c>{align=none}</c> binds the paragraph aligner, whatever the
/// lengths and anchors say, and a row that holds only a second-language paragraph whose anchor the
/// first language already uses is named with the language suffix (<see cref="Anchors.InLanguage"/>).
/// Built from the bundled pair with the Bengali side edited in memory.
/// </summary>
public sealed class AlignMarkerConstraintTests
{
    private const string Decentralised = "decentralised-intelligence";
    private const string Centralised = "centralised-power";

    [Fact]
    public void Align_MarkerNamesAnotherParagraph_PairsThatOneAgainstTheContent()
    {
        // Bengali lacks the section's second paragraph; by content its first pairs the Hindi first.
        var bnFirst = Text("bn", Decentralised, 0);
        var dropped = RealInterview.SourceText("bn").Replace(Text("bn", Decentralised, 1) + "\n\n", "", StringComparison.Ordinal);
        var byContent = RealInterview.WithBengali(dropped);
        Assert.Equal([bnFirst], CellsOf(RowWith(byContent, Text("hi", Decentralised, 0)), 1));

        var marked = RealInterview.WithBengali(dropped.Replace(bnFirst + "\n", bnFirst + " {align=2}\n", StringComparison.Ordinal));

        Assert.Equal([bnFirst], CellsOf(RowWith(marked, Text("hi", Decentralised, 1)), 1));
        Assert.Empty(CellsOf(RowWith(marked, Text("hi", Decentralised, 0)), 1));
    }

    [Fact]
    public void Align_MarkerNone_KeepsTheParagraphAloneInARowNamedWithItsLanguage()
    {
        var bnSecond = Text("bn", Centralised, 1);
        var marked = RealInterview.WithBengali(RealInterview.SourceText("bn").Replace(bnSecond + "\n", bnSecond + " {align=none}\n", StringComparison.Ordinal));

        var rows = marked.Sections.Single(s => s.Id == Centralised).Blocks.OfType<AlignedRow<ParagraphBlock>>().ToList();
        var hindiAlone = rows.Single(r => r.AnchorId == "centralised-power-p2");
        Assert.Equal([Text("hi", Centralised, 1)], CellsOf(hindiAlone, 0));
        Assert.Empty(hindiAlone.Cells[1]);
        var bengaliAlone = rows.Single(r => r.AnchorId == Anchors.InLanguage("centralised-power-p2", "bn"));
        Assert.Equal("centralised-power-p2-bn", bengaliAlone.AnchorId);
        Assert.Empty(bengaliAlone.Cells[0]);
        Assert.Equal([bnSecond], CellsOf(bengaliAlone, 1));
        Assert.Equal(Anchors.Sentence("centralised-power-p2-bn", 1), bengaliAlone.Beads[0].AnchorId);
        Assert.Equal([Text("bn", Centralised, 0)], CellsOf(rows.Single(r => r.AnchorId == "centralised-power-p1"), 1));
    }

    private static string Text(string language, string section, int n) =>
        RealInterview.Transcript(language).Sections.Single(s => s.Id == section).Blocks.OfType<ParagraphBlock>().ElementAt(n).Text.PlainText;

    private static IEnumerable<string> CellsOf(AlignedRow<ParagraphBlock> row, int column) =>
        row.Cells[column].Select(p => p.Text.PlainText.TrimEnd());

    private static AlignedRow<ParagraphBlock> RowWith(AlignedInterview aligned, string hindi) =>
        aligned.Sections.SelectMany(s => s.Blocks).OfType<AlignedRow<ParagraphBlock>>()
            .Single(r => r.Cells[0].Any(p => p.Text.PlainText == hindi));
}
