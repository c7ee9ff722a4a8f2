using Bunit;
using InterviewReader.Content.Model;
using InterviewReader.Web.Components.Reader;
using InterviewReader.Web.Localization;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Components;

public sealed class KeyboardHelpTests : BunitContext
{
    [Fact]
    public void Render_HindiView_ListsEveryShortcutInHindi_ADigitPerToggleChoiceInItsOrder()
    {
        var view = ReaderView.For(RealContent.Interview, "hi")!;

        var cut = Render<KeyboardHelp>(p => p.Add(c => c.View, view));

        var dialog = cut.Find($"dialog#{Anchors.KeyboardHelp}");
        Assert.Equal(Anchors.KeyboardHelpHeading, dialog.GetAttribute("aria-labelledby"));
        Assert.Equal(["j", "k", "Enter", "Esc", "c", "1", "2", "3", "?"], cut.FindAll("dt kbd").Select(k => k.TextContent));
        // The digits follow the toggle's links: हिन्दी, दोनों, বাংলা.
        var toggle = Render<LanguageToggle>(p => p.Add(c => c.View, view)).FindAll("a").Select(a => a.TextContent.Trim()).ToList();
        var digits = cut.FindAll("dd").Skip(5).Take(3).Select(d => d.TextContent).ToList();
        Assert.Equal(toggle.Select(name => $"{UiTexts.For("hi").Reading.SwitchView}: {name}"), digits);
        Assert.Equal("bn", cut.Find("dd span.name-font").GetAttribute("lang"));
        Assert.All(cut.FindAll("dd > span:first-child"), s => Assert.Equal("hi", s.GetAttribute("lang")));
        Assert.NotNull(cut.Find("dialog button[data-close]"));
    }

    [Fact]
    public void Render_SideBySide_EachShortcutInEachLanguage_NoEnterForATranslationBeside()
    {
        var cut = Render<KeyboardHelp>(p => p.Add(c => c.View, ReaderView.For(RealContent.Interview, null)!));

        Assert.DoesNotContain("Enter", cut.FindAll("dt kbd").Select(k => k.TextContent));
        var next = cut.FindAll("dd")[0];
        Assert.Equal(
            [("hi", UiTexts.For("hi").Reading.NextPair), ("bn", UiTexts.For("bn").Reading.NextPair)],
            next.QuerySelectorAll("span").Select(s => (s.GetAttribute("lang"), s.TextContent)));
    }

    [Fact]
    public void Render_HintForScreenReaders_HiddenUntilScriptShowsIt()
    {
        var cut = Render<KeyboardHelp>(p => p.Add(c => c.View, ReaderView.For(RealContent.Interview, "bn")!));

        var hint = cut.Find($"#{Anchors.KeyboardHint}");
        Assert.True(hint.HasAttribute("hidden"));
        Assert.Contains("visually-hidden", hint.ClassList);
        Assert.Equal(UiTexts.For("bn").Reading.Hint, hint.TextContent);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("bn")]
    public void ReadingWords_AreWrittenInTheLanguage(string code)
    {
        var web = WebLanguages.Find(code)!;

        var words = typeof(ReadingWords).GetProperties()
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (p.Name, Value: (string)p.GetValue(web.Ui.Reading)!))
            .ToList();
        Assert.Equal(10, words.Count);
        Assert.All(words, w => Assert.True(web.Language.IsWrittenIn(w.Value), $"{code}: {w.Name} = \"{w.Value}\""));
        Assert.NotSame(ReadingWords.English, web.Ui.Reading);
    }

    [Fact]
    public void KeyboardHelpIds_AreTakenByThePage()
    {
        Assert.True(Anchors.IsTakenByThePage(Anchors.KeyboardHelp));
        Assert.True(Anchors.IsTakenByThePage(Anchors.KeyboardHint));
    }
}
