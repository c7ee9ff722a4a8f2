using InterviewReader.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace InterviewReader.Web.Tests.Localization;

public sealed class PageLanguagesTests
{
    private static RouteData Route(params (string Name, object? Value)[] values) =>
        new(typeof(InterviewReader.Web.Components.Pages.Reader), values.ToDictionary(v => v.Name, v => v.Value));

    [Theory]
    [InlineData("hi")]
    [InlineData("bn")]
    public void For_RouteWithALanguageOfTheSite_SpeaksThatLanguageOnly(string code)
    {
        var languages = PageLanguages.For(Route(("Slug", "x"), ("Lang", code)));

        Assert.Equal([code], languages.Codes);
        Assert.Equal(code, languages.HtmlLang);
    }

    [Fact]
    public void For_RouteWithoutALanguage_SpeaksEveryLanguageOfTheSiteInAnEnglishDocument()
    {
        var languages = PageLanguages.For(Route(("Slug", "x")));

        Assert.Equal(WebLanguages.All.Select(l => l.Code), languages.Codes);
        Assert.Equal("en", languages.HtmlLang);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("HI")]
    public void For_RouteWithALanguageTheSiteLacks_SpeaksEveryLanguage(string code)
    {
        Assert.Equal(PageLanguages.Site, PageLanguages.For(Route(("Lang", code))));
    }
}
