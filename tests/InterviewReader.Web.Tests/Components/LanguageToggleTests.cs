using Bunit;
using InterviewReader.Web.Components.Reader;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Components;

public sealed class LanguageToggleTests : BunitContext
{
    [Fact]
    public void Render_SideBySide_NativeNamesWithBothCurrent()
    {
        var cut = Render<LanguageToggle>(p => p.Add(c => c.View, ReaderView.For(RealContent.Interview, null)!));

        var links = cut.FindAll("a");
        Assert.Equal(["हिन्दी", "दोनों · দুটোই", "বাংলা"], links.Select(a => a.TextContent.Trim()));
        Assert.Equal(["hi", "en", "bn"], links.Select(a => a.GetAttribute("lang")));
        var both = Assert.Single(links, a => a.GetAttribute("aria-current") == "page");
        Assert.Equal([("hi", "दोनों"), ("bn", "দুটোই")], both.QuerySelectorAll("span").Select(s => (s.GetAttribute("lang"), s.TextContent)));
        Assert.Equal("language-choice-label", cut.Find("nav").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void Render_HindiView_NamesEachLanguageInItsOwnScript_TheOtherFromItsNameFont()
    {
        var cut = Render<LanguageToggle>(p => p.Add(c => c.View, ReaderView.For(RealContent.Interview, "hi")!));

        var links = cut.FindAll("a");
        Assert.Equal(["हिन्दी", "दोनों", "বাংলা"], links.Select(a => a.TextContent));
        Assert.Equal(["hi", "hi", "bn"], links.Select(a => a.GetAttribute("lang")));
        Assert.Equal(["/interviews/emad-mostaque/bn"], cut.FindAll("a.name-font").Select(a => a.GetAttribute("href")));
        Assert.Equal("/interviews/emad-mostaque/hi", Assert.Single(links, a => a.GetAttribute("aria-current") == "page").GetAttribute("href"));
    }

    [Fact]
    public void Render_BothView_NeedsNoNameFont()
    {
        var cut = Render<LanguageToggle>(p => p.Add(c => c.View, ReaderView.For(RealContent.Interview, null)!));

        Assert.Empty(cut.FindAll("a.name-font"));
    }
}
