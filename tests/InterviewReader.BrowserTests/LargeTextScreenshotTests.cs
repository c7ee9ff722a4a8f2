using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>
/// Screenshots of <see cref="SampleInterview"/> on a phone with text at 200 % (and on a desktop at
/// 100 %, to compare), for a person to look at: the top of the page and a passage deep in the text.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LargeTextScreenshotTests(BrowserFixture browser, SampleSite site) : IClassFixture<SampleSite>
{
    public static TheoryData<string, string, int, string> Shots()
    {
        var data = new TheoryData<string, string, int, string>();
        foreach (var view in new[] { SampleInterview.Both, SampleInterview.Hindi, SampleInterview.Bengali })
        {
            data.Add(view, "phone", 200, "");
            data.Add(view, "phone", 200, "#second-part-p2");
            data.Add(view, "desktop", 100, "");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task Screenshot_SampleInterview_SavedAndFitsTheScreen(string view, string viewport, int textSize, string fragment)
    {
        var (context, page) = await browser.NewPageAsync(Viewports.Named(viewport));
        await using var _ = context;
        await page.SetTextSizeAsync(textSize);
        await page.OpenAsync(site.Url(view + fragment));

        var file = Screenshots.PathFor(view + fragment, viewport, $"text{textSize}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });

        Assert.True(new FileInfo(file).Length > 10_000, $"{file} is suspiciously small");
        var overflow = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{view} at {viewport} width, text {textSize} %, scrolls sideways by {overflow} px (see {file})");
    }
}
