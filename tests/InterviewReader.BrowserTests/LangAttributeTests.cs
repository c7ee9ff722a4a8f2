using InterviewReader.BrowserTests.Infrastructure;

namespace InterviewReader.BrowserTests;

/// <summary>Every page and every paragraph says which language it is in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LangAttributeTests(BrowserFixture app)
{
    [Theory]
    [InlineData(Routes.Library, "en")]
    [InlineData(Routes.Both, "en")]
    [InlineData(Routes.Hindi, "hi")]
    [InlineData(Routes.Bengali, "bn")]
    public async Task Open_Page_HtmlLangMatchesView(string path, string lang)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;

        await page.GotoAsync(path);

        Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Theory]
    [InlineData(Routes.Both)]
    [InlineData(Routes.Hindi)]
    [InlineData(Routes.Bengali)]
    public async Task Open_ReaderView_EveryParagraphCellHasLang(string path)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;

        await page.GotoAsync(path);

        Assert.True(await page.Locator("p.cell").CountAsync() > 20, $"{path} has too few paragraph cells to test");
        var untagged = await page.Locator("p.cell:not([lang]), p.cell[lang='']").CountAsync();
        Assert.True(untagged == 0, $"{path}: {untagged} p.cell without a lang");
    }
}
