using Bunit;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;
using InterviewReader.Web.Components.Reader;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Components;

public sealed class SectionViewTests : BunitContext
{
    private static ReaderView Both => ReaderView.For(RealContent.Interview, null)!;

    [Fact]
    public void Render_TitledSectionSideBySide_HeadingsInBothLanguagesAndACopyLink()
    {
        var section = RealContent.Interview.Sections.Single(s => s.Id == "democracy");

        var cut = Render<SectionView>(p => p.Add(c => c.View, Both).Add(c => c.Section, section));

        var headings = cut.FindAll("h2");
        Assert.Equal(["hi", "bn"], headings.Select(h => h.GetAttribute("lang")));
        Assert.Equal("लोकतंत्र का भविष्य: अभिकरण या नियंत्रण?", headings[0].TextContent);
        Assert.Equal("গণতন্ত্রের ভবিষ্যৎ: স্বাধীনতা নাকি নিয়ন্ত্রণ?", headings[1].TextContent);
        Assert.Equal("#democracy", cut.Find(".heading-row > .copy-link").GetAttribute("href"));
        Assert.Equal("democracy-name", cut.Find("section").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void Render_Paragraphs_OneRowPerPairWithTheBlockAnchor()
    {
        var section = RealContent.Interview.Sections.Single(s => s.Id == "founders-call");

        var cut = Render<SectionView>(p => p.Add(c => c.View, Both).Add(c => c.Section, section));

        var row = cut.Find("#founders-call-p2");
        var cells = row.QuerySelectorAll("p.cell");
        Assert.Equal(["hi", "bn"], cells.Select(c => c.GetAttribute("lang")));
        Assert.StartsWith("Mostaque को एहसास हुआ", cells[0].TextContent, StringComparison.Ordinal);
        Assert.StartsWith("মোস্তাক বুঝতে পেরেছিলেন", cells[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_RowWithTwoParagraphsInOneLanguage_EachParagraphItsOwnElementUnderTheRowAnchor()
    {
        var section = RealContent.Interview.Sections.Single(s => s.Id == "founders-call");
        var rows = section.Blocks.OfType<AlignedRow<ParagraphBlock>>().ToList();
        var bn = RealContent.Interview.ColumnOf("bn");

        // The Bengali side of the first row holds both Bengali paragraphs, as after a merge in Hindi.
        var merged = rows[0] with { Cells = rows[0].Cells.SetItem(bn, [rows[0].First(bn)!, rows[1].First(bn)!]) };
        var cut = Render<SectionView>(p => p.Add(c => c.View, Both).Add(c => c.Section, section with { Blocks = [merged] }));

        var row = cut.Find("#founders-call-p1");
        Assert.Equal(2, row.Children.Count(c => c.ClassList.Contains("cell")));
        var stack = row.QuerySelector(".cell-stack[lang=bn]");
        Assert.NotNull(stack);
        var paragraphs = stack.QuerySelectorAll("p");
        Assert.Equal(2, paragraphs.Length);
        Assert.Equal(rows[0].First(bn)!.Text.PlainText, paragraphs[0].TextContent);
        Assert.Equal(rows[1].First(bn)!.Text.PlainText, paragraphs[1].TextContent);
        Assert.Empty(cut.FindAll("[id=founders-call-p2]"));
    }

    [Theory]
    [InlineData("hi", "इस अंश का लिंक कॉपी करें")]
    [InlineData("bn", "এই অনুচ্ছেদের লিংক কপি করুন")]
    public void Render_EveryPassage_HasOneLinkToItselfInTheInterfaceLanguage(string? language, string label)
    {
        var view = ReaderView.For(RealContent.Interview, language)!;

        foreach (var section in RealContent.Interview.Sections)
        {
            var cut = Render<SectionView>(p => p.Add(c => c.View, view).Add(c => c.Section, section));

            var passages = cut.FindAll(".row[id]");
            Assert.NotEmpty(passages);
            Assert.All(passages, row =>
            {
                var link = Assert.Single(row.Children, c => c.ClassList.Contains("passage-link"));
                Assert.Equal($"#{row.Id}", link.GetAttribute("href"));
                Assert.Equal(label, link.GetAttribute("aria-label"));
            });
            Assert.Equal(passages.Count, cut.FindAll(".passage-link").Count);
        }
    }

    [Fact]
    public void Render_SingleLanguage_OnlyThatLanguagesCells()
    {
        var section = RealContent.Interview.Sections.Single(s => s.Id == "founders-call");

        var cut = Render<SectionView>(p => p.Add(c => c.View, ReaderView.For(RealContent.Interview, "bn")!).Add(c => c.Section, section));

        Assert.All(cut.FindAll(".cell"), c => Assert.NotEqual("hi", c.GetAttribute("lang")));
        Assert.Single(cut.Find("#founders-call-p1").QuerySelectorAll(".cell"));
    }

    [Fact]
    public void Render_Intro_HasNoHeadingOrSectionLink()
    {
        var intro = RealContent.Interview.Sections[0];

        var cut = Render<SectionView>(p => p.Add(c => c.View, Both).Add(c => c.Section, intro));

        Assert.Equal("intro", cut.Find("section").Id);
        Assert.Empty(cut.FindAll("h2"));
        Assert.Empty(cut.FindAll(".copy-link:not(.passage-link)"));
        Assert.Contains("wondering", cut.Find("#intro-p1 [lang=bn]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ClosingQuote_IsAPullQuoteWithAttribution()
    {
        var closing = RealContent.Interview.Sections[^1];

        var cut = Render<SectionView>(p => p.Add(c => c.View, Both).Add(c => c.Section, closing));

        var figures = cut.FindAll("#closing-quote figure.pull-quote");
        Assert.Equal(2, figures.Count);
        Assert.Equal("Emad Mostaque", figures[0].QuerySelector("cite")!.TextContent);
        Assert.Equal("ইমাদ মোস্তাক", figures[1].QuerySelector("cite")!.TextContent);
        Assert.StartsWith("\"क्या हम तकनीक", figures[0].QuerySelector("blockquote")!.TextContent, StringComparison.Ordinal);
    }
}
