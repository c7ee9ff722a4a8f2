using InterviewReader.BrowserTests.Infrastructure;

namespace InterviewReader.BrowserTests;

/// <summary>A link to a section opens the page at that section, in every view and at both widths.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DeepLinkTests(BrowserFixture app)
{
    public static TheoryData<string, string, string> Links()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var viewport in new[] { "desktop", "phone" })
        {
            foreach (var view in Routes.ReaderViews)
            {
                foreach (var id in Routes.SectionIds)
                {
                    data.Add(view, id, viewport);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Links))]
    public async Task Open_SectionFragment_SectionHeadingIsInViewport(string view, string id, string viewport)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Named(viewport));
        await using var _ = context;

        await page.OpenAsync($"{view}#{id}");

        var headings = page.Locator($"#{id} h2");
        var count = await headings.CountAsync();
        Assert.True(count == (view == Routes.Both ? 2 : 1), $"{view}: expected one h2 per shown language in #{id}, found {count}.");
        for (var i = 0; i < count; i++)
        {
            await page.AssertInViewportAsync(headings.Nth(i), $"{view}#{id} at {viewport} width");
        }

        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, $"{view}#{id}: the page did not scroll at all.");
    }
}
