using System.Text.RegularExpressions;
using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>Search in a real browser: the header box without JavaScript, marks over whole aksharas, and screenshots to look at.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture app)
{
    // Each ends inside a conjunct of the words it begins: क of क्ष, ত of ত্তা, त of त्का.
    private const string CutQueries = "प्रशिक বুদ্ধিমত साक्षात";

    [Fact]
    public async Task The_header_box_searches_without_JavaScript()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop, javaScript: false);
        await using var _ = context;
        await page.GotoAsync(Routes.Hindi);

        var box = page.Locator(".site-header input[name=q]");
        await box.FillAsync("ক্ষমতা");
        await box.PressAsync("Enter");
        await page.WaitForAddressAsync(new Regex("/search\\?q="), javaScript: false);

        Assert.True(await page.Locator(".search-hits li[lang=hi] mark").CountAsync() > 0);
        Assert.True(await page.Locator(".search-hits li[lang=bn] mark").CountAsync() > 0);
        await page.Locator(".search-hits li[lang=bn] a").First.ClickAsync();
        await page.WaitForAddressAsync(new Regex(Regex.Escape(Routes.Bengali) + "#[a-z-]+-[pqt][0-9]+$"), javaScript: false);
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Marks_never_cut_a_conjunct(string viewport)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Named(viewport));
        await using var _ = context;
        foreach (var query in CutQueries.Split(' '))
        {
            await page.OpenAsync("/search?q=" + Uri.EscapeDataString(query));
            var marks = await page.Locator(".search-hits mark").CountAsync();
            Assert.True(marks > 0, query);

            // For every mark: it starts with no combining mark, ends with no virama or joiner, and the
            // text after it starts with no combining mark (a vowel sign, virama, nukta, anusvara).
            var cuts = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('.search-hits mark')].flatMap(m => {
                  const text = m.textContent, after = (m.nextSibling?.textContent ?? '')[0] ?? '';
                  const bad = /^\p{M}/u.test(text) || /[\u094D\u09CD\u200C\u200D]$/u.test(text) || /^[\p{M}\u200C\u200D]/u.test(after);
                  return bad ? [text + '|' + after] : [];
                })
                """);
            Assert.True(cuts.Length == 0, $"{query}: {string.Join(", ", cuts)}");
        }

        await page.OpenAsync("/search?q=" + Uri.EscapeDataString(CutQueries.Split(' ')[0]));
        var file = Path.Combine(Screenshots.Directory, $"search-{viewport}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });
        var overflow = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the search page at {viewport} width scrolls sideways by {overflow} px (see {file})");
    }
}
