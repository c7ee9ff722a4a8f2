using Bunit;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;
using InterviewReader.Web.Components.Reader;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Components;

/// <summary>A whole section one language lacks: one notice, a way to read it, and names that point at what exists.</summary>
public sealed class MissingSectionTests : BunitContext, IDisposable
{
    private readonly TempContent _content = new();

    void IDisposable.Dispose()
    {
        _content.Dispose();
        base.Dispose();
    }

    // bn.md lacks "two"; hi.md has every section.
    private AlignedInterview BengaliLacksTwo() => Load(("hi", ["one", "two", "three"]), ("bn", ["one", "three"]));

    // hi.md (the first column) lacks "two".
    private AlignedInterview HindiLacksTwo() => Load(("hi", ["one", "three"]), ("bn", ["one", "two", "three"]));

    private AlignedInterview Load(params (string Language, string[] Sections)[] transcripts)
    {
        _content.Interview("gap", transcripts);
        return ContentLibrary.Load(_content.Root).Find("gap") ?? throw new InvalidOperationException("gap did not load");
    }

    private static AlignedSection Two(AlignedInterview interview) => interview.Sections.Single(s => s.Id == "two");

    [Fact]
    public void Render_SingleLanguageLackingTheSection_OneNoticeInItsLanguageLinkingToTheLanguageThatHasIt()
    {
        var interview = BengaliLacksTwo();

        var cut = Render<SectionView>(p => p.Add(c => c.View, ReaderView.For(interview, "bn")!).Add(c => c.Section, Two(interview)));

        var notice = Assert.Single(cut.FindAll(".missing"));
        Assert.Equal("bn", notice.GetAttribute("lang"));
        Assert.StartsWith("এই অংশটি এই ভাষায় নেই।", notice.TextContent.Trim(), StringComparison.Ordinal);
        var link = Assert.Single(notice.QuerySelectorAll("a"));
        Assert.Equal("/interviews/gap/hi#two", link.GetAttribute("href"));
        Assert.Equal(("hi", "hi", "हिन्दी"), (link.GetAttribute("lang"), link.GetAttribute("hreflang"), link.TextContent));
        Assert.Empty(cut.FindAll(".row[id], .takeaways"));
    }

    [Fact]
    public void Render_SingleLanguageLackingTheSection_NamedByTheHeadingOfTheLanguageThatHasIt()
    {
        var interview = BengaliLacksTwo();

        var cut = Render<SectionView>(p => p.Add(c => c.View, ReaderView.For(interview, "bn")!).Add(c => c.Section, Two(interview)));

        var section = cut.Find("section");
        var heading = cut.Find($"#{section.GetAttribute("aria-labelledby")}");
        Assert.Equal(("h2", "hi", "खंड two"), (heading.TagName.ToLowerInvariant(), heading.GetAttribute("lang"), heading.TextContent.Trim()));
    }

    [Fact]
    public void Render_SideBySide_FirstLanguageLackingTheSection_LabelsPointAtHeadingsThatExist_OneNotice()
    {
        var interview = HindiLacksTwo();

        var cut = Render<SectionView>(p => p.Add(c => c.View, ReaderView.For(interview, null)!).Add(c => c.Section, Two(interview)));

        AssertEveryLabelExists(cut);
        var notice = Assert.Single(cut.FindAll(".missing"));
        Assert.Equal("hi", notice.GetAttribute("lang"));
        Assert.Equal("यह खंड इस भाषा में नहीं है।", notice.TextContent.Trim());
        // The Bengali rows keep their column: an empty cell stands in the Hindi one.
        var row = cut.Find("#two-p1");
        Assert.Equal(["cell absent", "cell"], row.QuerySelectorAll(".cell").Select(c => c.ClassName));
        Assert.Equal("bn", row.QuerySelectorAll(".cell")[1].GetAttribute("lang"));
    }

    [Fact]
    public void Render_TableOfContents_SectionTheLanguageLacks_NamedInTheLanguageThatHasItAndMarked()
    {
        var interview = BengaliLacksTwo();

        var cut = Render<TableOfContents>(p => p.Add(c => c.View, ReaderView.For(interview, "bn")!));

        Assert.All(cut.FindAll("a"), a => Assert.False(string.IsNullOrWhiteSpace(a.TextContent), a.OuterHtml));
        var two = cut.Find("a[href='#two']");
        Assert.Equal([("hi", "खंड two")], two.QuerySelectorAll("span").Select(s => (s.GetAttribute("lang"), s.TextContent)));
        Assert.Equal(("bn", "(এই ভাষায় নেই)"), (two.QuerySelector(".toc-missing")!.GetAttribute("lang"), two.QuerySelector(".toc-missing")!.TextContent));
    }

    private static void AssertEveryLabelExists(IRenderedComponent<SectionView> cut)
    {
        // The regions (the copy links' names are the page's, see ReaderLabels).
        var labelled = cut.FindAll("section[aria-labelledby], aside[aria-labelledby]");
        Assert.NotEmpty(labelled);
        foreach (var element in labelled)
        {
            foreach (var id in element.GetAttribute("aria-labelledby")!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.True(cut.FindAll($"[id='{id}']").Count == 1, $"{element.TagName}#{element.Id} is labelled by #{id}, which is not on the page");
            }
        }
    }
}
