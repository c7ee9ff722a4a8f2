using Bunit;
using InterviewReader.Content.Model;
using InterviewReader.Web.Components;
using InterviewReader.Web.Components.Layout;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Hosting;
using InterviewReader.Web.Localization;
using InterviewReader.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.Tests.Components;

/// <summary>Pages render from their route alone: no request, no HttpContext.</summary>
public sealed class PageLanguagesRenderTests : BunitContext
{
    // Rendered interactively here, the head outlet asks the browser for the page title.
    public PageLanguagesRenderTests() => JSInterop.Mode = JSRuntimeMode.Loose;

    [Fact]
    public void Layout_OnAPageInOneLanguage_SpeaksOnlyThatLanguage()
    {
        var bengali = PageLanguages.Single(WebLanguages.Find("bn")!);

        var cut = Render<CascadingValue<PageLanguages>>(p => p
            .Add(c => c.Value, bengali)
            .AddChildContent<MainLayout>(l => l.Add(c => c.Body, "body")));

        Assert.Equal([("bn", "লেখায় যান")], cut.FindAll(".skip-link span").Select(s => (s.GetAttribute("lang"), s.TextContent)));
        Assert.Equal([("bn", "গ্রন্থাগার")], cut.FindAll(".library-link span").Select(s => (s.GetAttribute("lang"), s.TextContent)));
    }

    [Fact]
    public void Layout_OnAPageInALanguageWithEnglishWords_SpeaksThatLanguage_NotEveryOther()
    {
        // A language whose interface words are English (as an "en" row of the table would be):
        // its page is still a page in one language.
        var english = new WebLanguage(
            new LanguageInfo("en", "English", "English", "Latin", "en", "en-GB", 'A', 'z'),
            UiTexts.English, "/fonts/en.woff2", "En", "/fonts/en-name.woff2", "En Name", "0123456789", "decimal");

        var cut = Render<CascadingValue<PageLanguages>>(p => p
            .Add(c => c.Value, PageLanguages.Single(english))
            .AddChildContent<MainLayout>(l => l.Add(c => c.Body, "body")));

        Assert.Equal([("en", "Skip to the text")], cut.FindAll(".skip-link span").Select(s => (s.GetAttribute("lang"), s.TextContent)));
    }

    [Theory]
    [InlineData("/interviews/pair/bn", "bn", new[] { "bn" })]
    [InlineData("/interviews/pair/hi", "hi", new[] { "hi" })]
    [InlineData("/interviews/pair", "en", new[] { "hi", "bn" })]
    [InlineData("/", "en", new[] { "hi", "bn" })]
    [InlineData("/interviews/pair/xx", "en", new[] { "hi", "bn" })]
    public void App_RenderedWithoutARequest_TakesTheDocumentLanguageAndVoicesFromTheRoute(string url, string htmlLang, string[] voices)
    {
        using var content = new TempContent().Interview("pair", ("hi", ["one"]), ("bn", ["one"]));
        Services.AddSingleton<ContentStore>(StoreOn.Folder(content.Root));
        Services.AddSingleton(new PublicUrls(Options.Create(new SiteOptions())));
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);

        var cut = Render<App>();

        Assert.Contains($"<html lang=\"{htmlLang}\">", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(voices, cut.FindAll(".skip-link span").Select(s => s.GetAttribute("lang")));
    }
}
