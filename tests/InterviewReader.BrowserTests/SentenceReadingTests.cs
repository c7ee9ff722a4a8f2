using System.Text.RegularExpressions;
using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>
/// Sentence by sentence (issue 9): pointing at a sentence marks it and its translation, a link to a
/// sentence opens with both sides marked below the sticky bar, a one-language view shows a
/// sentence's translation on a click or tap, and the keyboard steps through the pairs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SentenceReadingTests(BrowserFixture app)
{
    // The issue's own example: the second sentence pair of the first paragraph of "democracy".
    private const string Bead = "democracy-p1-s2";

    [Fact]
    public async Task Hover_SentenceSideBySide_MarksItAndItsTranslationWithoutMovingAnything()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        await page.OpenAsync(Routes.Both);
        var hindi = page.Locator($"#democracy-p1 .cell[lang=hi] .s[data-s='{Bead}']");
        var bengali = page.Locator($"#democracy-p1 .cell[lang=bn] .s[data-s='{Bead}']");
        await hindi.ScrollIntoViewIfNeededAsync();
        await page.Mouse.MoveAsync(0, 0);
        var before = await CellBoxesAsync(page);
        var plain = await bengali.EvaluateAsync<string>("s => getComputedStyle(s).backgroundColor");

        await hindi.HoverAsync();

        await Assertions.Expect(bengali).ToHaveClassAsync(new Regex(@"\bon\b"));
        await Assertions.Expect(hindi).ToHaveClassAsync(new Regex(@"\bon\b"));
        var marked = await bengali.EvaluateAsync<string>("s => getComputedStyle(s).backgroundColor");
        Assert.NotEqual(plain, marked);
        Assert.Equal(2, await page.Locator(".s.on").CountAsync());
        Assert.Equal(before, await CellBoxesAsync(page));

        await page.Mouse.MoveAsync(0, 0);
        await Assertions.Expect(page.Locator(".s.on")).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Open_SentenceLink_BothSidesMarkedAndInViewBelowTheBar(string viewport)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Named(viewport));
        await using var _ = context;

        await page.OpenAsync($"{Routes.Both}#{Bead}");

        var members = page.Locator($"[data-s='{Bead}']");
        Assert.Equal(2, await members.CountAsync());
        await Assertions.Expect(page.Locator($".s.hit[data-s='{Bead}']")).ToHaveCountAsync(2);
        var barBottom = await page.Locator(".reader-bar").EvaluateAsync<double>("b => b.getBoundingClientRect().bottom");
        for (var i = 0; i < 2; i++)
        {
            await page.AssertInViewportAsync(members.Nth(i), $"#{Bead} at {viewport} width");
            var top = (await members.Nth(i).BoxAsync()).Y;
            Assert.True(top >= barBottom, $"#{Bead} part {i} starts at y = {top:0}, under the bar (bottom {barBottom:0}).");
        }

        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0);
    }

    [Fact]
    public async Task ClickSentence_SideBySide_TheRowsCopyLinkOffersTheSentenceLink_AndTheToggleKeepsIt()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = app.BaseUrl.GetLeftPart(UriPartial.Authority) });
        await page.OpenAsync(Routes.Both);
        var sentence = page.Locator($"#democracy-p1 .cell[lang=bn] .s[data-s='{Bead}']");
        await sentence.ScrollIntoViewIfNeededAsync();

        await sentence.ClickAsync();

        await Assertions.Expect(page.Locator($".s.hit[data-s='{Bead}']")).ToHaveCountAsync(2);
        var link = page.Locator("#democracy-p1 > .passage-link");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", $"#{Bead}");
        await page.RecordAnnouncementsAsync();
        await link.ClickAsync();
        await page.WaitForAnnouncementAsync();
        var expected = new Uri(app.BaseUrl, $"{Routes.Both}#{Bead}").ToString();
        Assert.Equal(expected, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // The language toggle carries the sentence: the Bengali view opens on it, marked.
        await page.Locator(".language-toggle a[lang=bn]").ClickAsync();
        await page.WaitForAddressAsync(new Regex(Regex.Escape($"{Routes.Bengali}#{Bead}") + "$"));
        await Assertions.Expect(page.Locator($".s.hit[data-s='{Bead}']")).ToHaveCountAsync(1);
        await page.AssertInViewportAsync(page.Locator($"#{Bead}"), "the sentence after switching language");
    }

    [Fact]
    public async Task Tap_SentenceInOneLanguageViewOnAPhone_ShowsItsTranslationBeside_SecondTapCloses()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Phone, touch: true);
        await using var _ = context;
        await page.OpenAsync(Routes.Hindi);
        var expected = await page.EvaluateAsync<string>(
            "bead => Array.from(document.querySelector('#democracy-p1 > template').content.querySelectorAll(`[data-s='${bead}']`), s => s.textContent).join(' ')",
            Bead);
        Assert.False(string.IsNullOrWhiteSpace(expected));
        var sentence = page.Locator($"#{Bead}");
        await sentence.ScrollIntoViewIfNeededAsync();
        var before = await sentence.BoxAsync();

        await sentence.TapAsync();

        var shown = page.Locator("#democracy-p1 .translation");
        await Assertions.Expect(shown).ToBeVisibleAsync();
        Assert.Equal(expected, (await shown.TextContentAsync())?.Trim());
        Assert.Equal("bn", await shown.Locator("span").First.GetAttributeAsync("lang"));
        Assert.Contains("Bengali", await shown.Locator("span").First.EvaluateAsync<string>("s => getComputedStyle(s).fontFamily"), StringComparison.Ordinal);
        var box = await shown.BoxAsync();
        var after = await sentence.BoxAsync();
        Assert.True(box.Y >= after.Y + after.Height - 1, $"the translation (y = {box.Y:0}) is not below its sentence (bottom {after.Y + after.Height:0}).");
        Assert.Equal(before.Y, after.Y, 1);

        await sentence.TapAsync();
        await Assertions.Expect(shown).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Tap_TwiceInQuickSuccession_OpensThenClosesTheTranslation()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Phone, touch: true);
        await using var _ = context;
        await page.OpenAsync(Routes.Hindi);
        var sentence = page.Locator($"#{Bead}");
        var shown = page.Locator("#democracy-p1 .translation");

        // A quick second tap is a second tap (the browser counts it as a double tap), not nothing.
        await sentence.TapAsync();
        await sentence.TapAsync();

        await Assertions.Expect(shown).ToHaveCountAsync(0);
        await sentence.TapAsync();
        await Assertions.Expect(shown).ToBeVisibleAsync();
    }

    [Fact]
    public async Task EnterAndEsc_FocusedSentenceInOneLanguageView_OpenAndCloseItsTranslation()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        await page.OpenAsync($"{Routes.Bengali}#{Bead}");
        await page.RecordAnnouncementsAsync();

        await page.Keyboard.PressAsync("j");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.dataset.s");
        Assert.Matches("^democracy-p[0-9]+-s[0-9]+$", focused);
        await page.Keyboard.PressAsync("Enter");

        var shown = page.Locator(".translation");
        await Assertions.Expect(shown).ToHaveCountAsync(1);
        Assert.Equal("hi", await shown.Locator("span").First.GetAttributeAsync("lang"));
        var announced = await page.WaitForAnnouncementAsync();
        Assert.Equal((await shown.TextContentAsync())?.Trim(), announced.Trim());

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(shown).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".s.hit")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Keys_JAndK_StepThroughTheSentencePairs_EachChosenAndAnnounced()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        await page.OpenAsync($"{Routes.Both}#{Bead}");
        await page.RecordAnnouncementsAsync();
        var beads = await page.EvaluateAsync<string[]>("() => [...new Set(Array.from(document.querySelectorAll('.s[data-s]'), s => s.dataset.s))]");
        var at = Array.IndexOf(beads, Bead);
        Assert.True(at >= 0 && at + 2 < beads.Length);

        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("k");

        var next = beads[at + 1];
        await page.WaitForAddressAsync(new Regex(Regex.Escape($"#{next}") + "$"));
        await Assertions.Expect(page.Locator($".s.hit[data-s='{next}']")).ToHaveCountAsync(2);
        Assert.Equal(next, await page.EvaluateAsync<string>("() => document.activeElement.dataset.s"));
        // Focus is on the Hindi side; the Bengali counterpart is announced in its own voice.
        Assert.Equal("hi", await page.EvaluateAsync<string>("() => document.activeElement.closest('[lang]').lang"));
        var counterpart = await page.Locator($".cell[lang=bn] [data-s='{next}']").First.TextContentAsync();
        await page.WaitForAnnouncementVoicesAsync($"bn:{counterpart}");
        foreach (var i in new[] { 0, 1 })
        {
            await page.AssertInViewportAsync(page.Locator($"[data-s='{next}']").Nth(i), "the pair stepped to");
        }
    }

    [Fact]
    public async Task Keys_NeverWhileTypingInAField()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        await page.OpenAsync(Routes.Both);
        await page.EvaluateAsync("() => { const f = document.createElement('input'); f.id = 'typing'; document.querySelector('.reader-bar').prepend(f); }");

        await page.Locator("#typing").FocusAsync();
        await page.Keyboard.TypeAsync("jk?3c");

        Assert.Equal("jk?3c", await page.Locator("#typing").InputValueAsync());
        Assert.Equal(0, await page.Locator(".s.hit").CountAsync());
        Assert.False(await page.Locator("#keyboard-help").EvaluateAsync<bool>("d => d.open"));
        Assert.Equal(Routes.Both, new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task QuestionMark_OpensTheHelpDialog_ListingTheKeys_EscClosesIt()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        await page.OpenAsync(Routes.Hindi);
        var hint = page.Locator("#keyboard-hint");
        await Assertions.Expect(hint).Not.ToHaveAttributeAsync("hidden", "");
        Assert.Equal("कीबोर्ड शॉर्टकट के लिए ? दबाएँ।", (await hint.TextContentAsync())?.Trim());

        await page.Keyboard.PressAsync("?");

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "कीबोर्ड शॉर्टकट" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        Assert.Equal(["j", "k", "Enter", "Esc", "c", "1", "2", "3", "?"], await dialog.Locator("dt kbd").AllTextContentsAsync());
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        await page.Keyboard.PressAsync("?");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await dialog.Locator("button[data-close]").ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Digit_SwitchesToThatToggleChoice_KeepingTheSentence()
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop);
        await using var _ = context;
        await page.OpenAsync($"{Routes.Both}#{Bead}");
        Assert.Equal(["1", "2", "3"], await page.Locator(".language-toggle a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('aria-keyshortcuts'))"));

        await page.Keyboard.PressAsync("3");

        await page.WaitForAddressAsync(new Regex(Regex.Escape($"{Routes.Bengali}#{Bead}") + "$"));
        await Assertions.Expect(page.Locator($".s.hit[data-s='{Bead}']")).ToHaveCountAsync(1);
    }

    [Theory]
    [InlineData(Routes.Both)]
    [InlineData(Routes.Hindi)]
    [InlineData(Routes.Bengali)]
    public async Task Open_SentenceLinkWithoutJavaScript_LandsOnItsRow(string view)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Phone, javaScript: false);
        await using var _ = context;

        await page.GotoAsync($"{view}#{Bead}");

        var target = page.Locator($"#{Bead}");
        Assert.Equal("democracy-p1", await target.EvaluateAsync<string>("t => t.closest('.row').id"));
        await page.AssertInViewportAsync(target, $"{view}#{Bead} without JavaScript");
        Assert.NotEqual("rgba(0, 0, 0, 0)", await target.EvaluateAsync<string>("t => getComputedStyle(t).backgroundColor"));
        Assert.Equal(0, await page.Locator(".translation").CountAsync());
        Assert.True(await page.Locator("#keyboard-hint").EvaluateAsync<bool>("h => h.hidden"));
    }

    // Every cell's box, to show that marking moved nothing.
    private static Task<string> CellBoxesAsync(IPage page) => page.EvaluateAsync<string>("""
        () => Array.from(document.querySelectorAll(".cell"), c => {
          const b = c.getBoundingClientRect();
          return `${b.x},${b.y + scrollY},${b.width},${b.height}`;
        }).join(";")
        """);
}
