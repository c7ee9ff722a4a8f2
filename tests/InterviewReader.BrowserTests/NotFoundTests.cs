using System.Text.RegularExpressions;
using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>An unknown address answers 404 with a page in all three languages that leads back to the library.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NotFoundTests(BrowserFixture app)
{
    [Theory]
    [InlineData(Routes.UnknownInterview)]
    [InlineData(Routes.UnknownLanguage)]
    public async Task Open_UnknownAddress_Returns404InThreeLanguagesWithLibraryLink(string path)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;

        var response = await page.GotoAsync(path);

        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        var text = await page.Locator("main").InnerTextAsync();
        Assert.Contains("पृष्ठ नहीं मिला", text, StringComparison.Ordinal);
        Assert.Contains("পাতাটি পাওয়া যায়নি", text, StringComparison.Ordinal);
        Assert.Contains("Page not found", text, StringComparison.Ordinal);
        foreach (var lang in new[] { "hi", "bn", "en" })
        {
            Assert.Equal(1, await page.Locator($".not-found [lang={lang}] a[href='/']").CountAsync());
        }

        await page.Locator(".not-found [lang=en] a[href='/']").ClickAsync();
        await page.WaitForAddressAsync(new Regex("^" + Regex.Escape(new Uri(app.BaseUrl, "/").ToString()) + "$"));
        // The fixture content holds one interview.
        await Assertions.Expect(page.Locator(".library-card")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("पुस्तकालय · গ্রন্থাগার");
    }
}
