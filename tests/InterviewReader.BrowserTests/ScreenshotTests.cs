using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>Screenshots of every page at both widths, for a person to look at; each page must also fit its width.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture app)
{
    public static TheoryData<string, string, ColorScheme> Shots()
    {
        var data = new TheoryData<string, string, ColorScheme>();
        foreach (var viewport in new[] { "desktop", "phone" })
        {
            foreach (var path in new[] { Routes.Library, Routes.Both, Routes.Hindi, Routes.Bengali, Routes.UnknownInterview, $"{Routes.Both}#founders-call-takeaways", $"{Routes.Both}#closing" })
            {
                data.Add(path, viewport, ColorScheme.Light);
            }

            data.Add(Routes.Both, viewport, ColorScheme.Dark);
            data.Add($"{Routes.Both}#founders-call-takeaways", viewport, ColorScheme.Dark);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task Screenshot_Page_SavedAndNoHorizontalOverflow(string path, string viewport, ColorScheme scheme)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Named(viewport), scheme);
        await using var _ = context;
        await page.OpenAsync(path);

        var file = Screenshots.PathFor(path, viewport, scheme == ColorScheme.Dark ? "dark" : null);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });

        Assert.True(new FileInfo(file).Length > 10_000, $"{file} is suspiciously small");
        var overflow = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{path} at {viewport} width scrolls sideways by {overflow} px (see {file})");
    }
}
