using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Bunit;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Model;
using InterviewReader.Web.Components.Reader;
using InterviewReader.Web.Localization;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Components;

/// <summary>
/// The markup contract of issue 9 (reader.js and other tools read it): every sentence is an element
/// with data-s naming its bead; all sentences of a bead, in every language, share it; each value
/// names one bead on the page, and one element carries it as its ID.
/// </summary>
public sealed class SentenceMarkupTests : BunitContext
{
    public static TheoryData<string?> Views() => new() { null, "hi", "bn" };

    [Theory]
    [MemberData(nameof(Views))]
    public void Render_EverySentenceOfTheBundledInterview_IsAnElementNamingItsBead(string? language)
    {
        var view = ReaderView.For(RealContent.Interview, language)!;
        var ids = new List<string>();
        var values = new List<string>();

        foreach (var section in RealContent.Interview.Sections)
        {
            var cut = Render<SectionView>(p => p.Add(c => c.View, view).Add(c => c.Section, section));

            foreach (var (anchor, beads, cells) in Rows(section))
            {
                var row = cut.Find($"[id='{anchor}']");
                var marked = row.QuerySelectorAll("[data-s]").Where(e => e.Closest("template") is null).ToList();
                // Each value on the row names one of the row's beads, and every bead is on it.
                Assert.Equal(beads.Select(b => b.AnchorId).Order(), marked.Select(e => e.GetAttribute("data-s")!).Distinct().Order());
                values.AddRange(beads.Select(b => b.AnchorId));
                foreach (var column in view.Columns)
                {
                    var cell = row.Children.Where(c => c.ClassList.Contains("cell")).ElementAt(view.Columns.IndexOf(column));
                    var sentences = cells[column];
                    var spans = cell.QuerySelectorAll(".s").ToList();
                    // Every sentence is an element with data-s, in order, its text exactly the sentence's.
                    Assert.Equal(sentences.Select(s => s.Text.PlainText), spans.Select(s => s.TextContent));
                    Assert.All(spans, s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("data-s"))));
                    foreach (var bead in beads)
                    {
                        var own = spans.Where(s => s.GetAttribute("data-s") == bead.AnchorId).Select(s => s.TextContent);
                        Assert.Equal(bead.Sentences[column].Select(i => sentences[i].Text.PlainText), own);
                        Assert.All(cell.QuerySelectorAll($"[data-s='{bead.AnchorId}']"), e => Assert.Equal(bead.IsDoubtful, e.ClassList.Contains("doubt")));
                    }

                    if (sentences.Length > 0)
                    {
                        // Nothing lost or added between the sentences: the cell reads as its blocks do.
                        // (A takeaway's term and separator come first, a quote's attribution after it: not sentences.)
                        var expected = string.Concat(sentences.Select(s => s.Text.PlainText + s.Trailing)).Trim();
                        var shown = Text(cell).Trim();
                        Assert.True(cell.QuerySelector(".term") is null ? shown == expected : shown.EndsWith(expected, StringComparison.Ordinal), $"{anchor}: \"{shown}\" is not \"{expected}\"");
                    }

                    AssertNoAksharaSplit(spans);
                }

                ids.AddRange(marked.Where(e => e.HasAttribute("id")).Select(e => e.Id!));
            }
        }

        Assert.NotEmpty(values);
        Assert.Equal(values.Count, values.Distinct(StringComparer.Ordinal).Count());
        // One element per bead carries its anchor as its ID, so a link to a sentence lands in every view.
        Assert.Equal(values.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Render_SideBySide_TheIdIsOnTheFirstLanguagesSentence_BothSidesShareTheValue()
    {
        var section = RealContent.Interview.Sections.Single(s => s.Id == "democracy");

        var cut = Render<SectionView>(p => p.Add(c => c.View, ReaderView.For(RealContent.Interview, null)!).Add(c => c.Section, section));

        var pair = cut.FindAll("[data-s='democracy-p1-s2']");
        Assert.Equal(["hi", "bn"], pair.Select(e => e.Closest("[lang]")!.GetAttribute("lang")));
        Assert.Equal(["democracy-p1-s2", null], pair.Select(e => e.GetAttribute("id")));
    }

    [Fact]
    public void Render_BeadsWithNoTranslationAndDoubt_GapsSaySoInTheirLanguage_DoubtIsMarked()
    {
        var (view, section) = Handmade(null);

        var cut = Render<SectionView>(p => p.Add(c => c.View, view).Add(c => c.Section, section));

        var bengali = cut.Find("[id='one-p1'] > .cell[lang=bn]");
        var gap = Assert.Single(bengali.QuerySelectorAll(".s-gap"));
        Assert.Equal("one-p1-s2", gap.GetAttribute("data-s"));
        Assert.Equal(UiTexts.For("bn").MissingHere, gap.GetAttribute("data-none"));
        Assert.Equal("", gap.TextContent);
        // The gap sits where the sentence would be: after the first pair, before the third.
        Assert.Equal(["one-p1-s1", "one-p1-s2", "one-p1-s3"], bengali.QuerySelectorAll("[data-s]").Select(e => e.GetAttribute("data-s")));
        Assert.Null(gap.GetAttribute("id"));
        Assert.Equal("one-p1-s2", cut.Find("[id='one-p1'] > .cell[lang=hi] .s[data-s='one-p1-s2']").Id);
        Assert.Equal(3, cut.FindAll(".s.doubt[data-s='one-p1-s3']").Count);
        Assert.Empty(cut.FindAll(".s.doubt[data-s='one-p1-s1']"));
        Assert.Empty(cut.FindAll("template"));
    }

    [Fact]
    public void Render_OneLanguageView_GapCarriesTheId_TranslationsWaitInATemplateInTheirLang()
    {
        var (view, section) = Handmade("bn");

        var cut = Render<SectionView>(p => p.Add(c => c.View, view).Add(c => c.Section, section));

        var row = cut.Find("[id='one-p1']");
        Assert.Equal("one-p1-s2", row.QuerySelector(".s-gap")!.Id);
        var template = Assert.Single(row.Children, c => c.LocalName == "template");
        var hindi = Assert.Single(((IHtmlTemplateElement)template).Content.Children);
        Assert.Equal("hi", hindi.GetAttribute("lang"));
        Assert.Equal(
            [("one-p1-s1", "पहला वाक्य।"), ("one-p1-s2", "दूसरा वाक्य।"), ("one-p1-s3", "तीसरा वाक्य।"), ("one-p1-s3", "चौथा वाक्य।")],
            hindi.QuerySelectorAll(".s").Select(s => (s.GetAttribute("data-s"), s.TextContent)));
        Assert.Empty(hindi.QuerySelectorAll("[id]"));
        // The page itself holds only Bengali sentences; the IDs are its own.
        Assert.All(cut.FindAll(".s"), s => Assert.Equal("bn", s.Closest("[lang]")!.GetAttribute("lang")));
    }

    [Fact]
    public void Render_OneLanguageView_TheOtherLanguagesGapSaysSoInThatLanguage()
    {
        var (view, section) = Handmade("hi");

        var cut = Render<SectionView>(p => p.Add(c => c.View, view).Add(c => c.Section, section));

        var template = (IHtmlTemplateElement)cut.Find("[id='one-p1'] > template");
        var gap = Assert.Single(template.Content.QuerySelectorAll(".s-gap"));
        Assert.Equal(("one-p1-s2", UiTexts.For("bn").MissingHere), (gap.GetAttribute("data-s"), gap.GetAttribute("data-none")));
        Assert.Equal("bn", gap.Closest("[lang]")!.GetAttribute("lang"));
        Assert.Empty(cut.FindAll(".s-gap"));
    }

    // A section "one" whose paragraph has four Hindi sentences and two Bengali ones, with beads made
    // by hand: 1-1, 1-0 (the Bengali lacks the second) and a doubtful 2-1.
    private static (ReaderView View, AlignedSection Section) Handmade(string? language)
    {
        using var content = new TempContent()
            .Write("x/hi.md", Transcript("hi", "पहला वाक्य। दूसरा वाक्य। तीसरा वाक्य। चौथा वाक्य।"))
            .Write("x/bn.md", Transcript("bn", "প্রথম বাক্য। তৃতীয় আর চতুর্থ বাক্য।"));
        var interview = ContentLibrary.Load(content.Root).Find("x")!;
        var section = interview.Sections.Single(s => s.Id == "one");
        var row = section.Blocks.OfType<AlignedRow<ParagraphBlock>>().Single();
        Assert.Equal([4, 2], row.Cells.Select(c => c.Single().Sentences.Length));
        var beads = ImmutableArray.Create(
            new SentenceBead("one-p1-s1", [[0], [0]], 0.99),
            new SentenceBead("one-p1-s2", [[1], []], 0.9),
            new SentenceBead("one-p1-s3", [[2, 3], [1]], 0.2));
        var changed = section with { Blocks = [.. section.Blocks.Select(b => b == row ? row with { Beads = beads } : b)] };
        return (ReaderView.For(interview with { Sections = [.. interview.Sections.Select(s => s == section ? changed : s)] }, language)!, changed);
    }

    private static string Transcript(string language, string paragraph) =>
        $"---\ntitle: \"{InterviewReader.Tests.Shared.InterviewText.Title(language)}\"\ninterviewer: Test Interviewer\ndate: 2024-03-29\nlanguage: {language}\n---\n\n"
        + $"## {InterviewReader.Tests.Shared.InterviewText.Heading(language, "one")} {{#one}}\n\n{paragraph}\n";

    // The rows of a section with their beads and, per column, the sentences of all its blocks in order.
    private static IEnumerable<(string Anchor, ImmutableArray<SentenceBead> Beads, ImmutableArray<Sentence>[] Cells)> Rows(AlignedSection section)
    {
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case AlignedRow<ParagraphBlock> p:
                    yield return (p.AnchorId, p.Beads, [.. p.Cells.Select(c => c.SelectMany(b => b.Sentences).ToImmutableArray())]);
                    break;
                case AlignedRow<QuoteBlock> q:
                    yield return (q.AnchorId, q.Beads, [.. q.Cells.Select(c => c.SelectMany(b => b.Sentences).ToImmutableArray())]);
                    break;
                case AlignedTakeaways t:
                    foreach (var item in t.Items)
                    {
                        yield return (item.AnchorId, item.Beads, [.. item.Cells.Select(c => c.SelectMany(b => b.Sentences).ToImmutableArray())]);
                    }

                    break;
            }
        }
    }

    // The text a reader sees in a cell: without the template's and the takeaway term's.
    private static string Text(IElement cell)
    {
        var clone = (IElement)cell.Clone();
        foreach (var skip in clone.QuerySelectorAll("template, .term, figcaption").ToList())
        {
            skip.Remove();
        }

        return clone.TextContent;
    }

    // Spans start and end only at sentence boundaries: no sentence begins with, and none is followed
    // by, a combining mark or joiner (a vowel sign, virama or nukta belongs to the letter before it).
    private static void AssertNoAksharaSplit(IEnumerable<IElement> spans)
    {
        static bool Joins(char c) =>
            CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            || c is '\u200C' or '\u200D';

        foreach (var span in spans)
        {
            var text = span.TextContent;
            Assert.False(text.Length > 0 && Joins(text[0]), $"a sentence starts with a combining mark: \"{text}\"");
            var after = span.NextSibling?.TextContent ?? "";
            Assert.False(after.Length > 0 && Joins(after[0]), $"a combining mark follows the sentence \"{text}\"");
        }
    }
}
