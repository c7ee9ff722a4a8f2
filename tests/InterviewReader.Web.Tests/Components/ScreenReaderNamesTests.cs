using AngleSharp.Dom;
using Bunit;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;
using InterviewReader.Web.Components.Reader;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Components;

/// <summary>Side by side, controls and regions are named in each shown language, each part with its lang, never in English.</summary>
public sealed class ScreenReaderNamesTests : BunitContext, IDisposable
{
    private readonly TempContent _content = new();

    void IDisposable.Dispose()
    {
        _content.Dispose();
        base.Dispose();
    }

    private AlignedInterview Pair()
    {
        _content.Interview("pair", ("hi", ["one"]), ("bn", ["one"]));
        return ContentLibrary.Load(_content.Root).Find("pair") ?? throw new InvalidOperationException("pair did not load");
    }

    private static List<(string? Lang, string Text)> Parts(IElement name) =>
        [.. name.Children.Where(c => c.TagName == "SPAN").Select(s => (s.GetAttribute("lang"), s.TextContent))];

    [Fact]
    public void Render_SideBySide_SectionNamedByItsHeadingInEachLanguage()
    {
        var interview = Pair();
        var cut = Render<SectionView>(p => p.Add(c => c.View, ReaderView.For(interview, null)!).Add(c => c.Section, interview.Sections.Single(s => s.Id == "one")));

        var name = cut.Find($"#{cut.Find("section").GetAttribute("aria-labelledby")}");

        Assert.Equal([("hi", "खंड one"), ("bn", "অংশ one")], Parts(name));
    }

    [Fact]
    public void Render_SideBySide_TakeawaysNamedByLabelAndHeadingInEachLanguage()
    {
        var interview = Pair();
        var cut = Render<SectionView>(p => p.Add(c => c.View, ReaderView.For(interview, null)!).Add(c => c.Section, interview.Sections.Single(s => s.Id == "one")));

        var name = cut.Find($"#{cut.Find("aside.takeaways").GetAttribute("aria-labelledby")}");

        Assert.Equal([("hi", "मुख्य सीख: खंड one"), ("bn", "মূল শিক্ষা: অংশ one")], Parts(name));
    }

    [Fact]
    public void Render_SideBySide_CopyLinksAndToggleNamedInEachLanguage_NothingInEnglish()
    {
        var interview = Pair();
        var view = ReaderView.For(interview, null)!;
        var labels = Render<ReaderLabels>(p => p.Add(c => c.View, view));
        var toggle = Render<LanguageToggle>(p => p.Add(c => c.View, view));
        var sections = interview.Sections.Select(s => Render<SectionView>(p => p.Add(c => c.View, view).Add(c => c.Section, s))).ToList();

        var links = sections.SelectMany(s => s.FindAll(".copy-link")).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link =>
        {
            Assert.Null(link.GetAttribute("aria-label"));
            var name = labels.Find($"#{link.GetAttribute("aria-labelledby")}");
            var ui = link.ClassList.Contains("passage-link")
                ? new[] { ("hi", "इस अंश का लिंक कॉपी करें"), ("bn", "এই অনুচ্ছেদের লিংক কপি করুন") }
                : [("hi", "इस खंड का लिंक कॉपी करें"), ("bn", "এই অংশের লিংক কপি করুন")];
            Assert.Equal(ui, Parts(name).Select(p => (p.Lang!, p.Text)));
            Assert.Equal("लिंक कॉपी हो गया · লিংক কপি হয়েছে", link.GetAttribute("data-copied"));
        });
        Assert.Equal([("hi", "भाषा"), ("bn", "ভাষা")], Parts(labels.Find($"#{toggle.Find("nav").GetAttribute("aria-labelledby")}")));
        var markup = string.Concat(sections.Select(s => s.Markup)) + toggle.Markup + labels.Markup;
        foreach (var english in new[] { "Copy link", "Link copied", "\"Language\"" })
        {
            Assert.DoesNotContain(english, markup, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_OneLanguage_CopyLinksNamedInItsLanguage()
    {
        var interview = Pair();
        var cut = Render<SectionView>(p => p.Add(c => c.View, ReaderView.For(interview, "bn")!).Add(c => c.Section, interview.Sections.Single(s => s.Id == "one")));

        var link = cut.Find(".passage-link");

        Assert.Equal(("এই অনুচ্ছেদের লিংক কপি করুন", "bn", "লিংক কপি হয়েছে"), (link.GetAttribute("aria-label"), link.GetAttribute("lang"), link.GetAttribute("data-copied")));
        Assert.Equal("one-heading", cut.Find("section").GetAttribute("aria-labelledby"));
    }
}
