using System.Text;
using Bunit;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Hosting;
using InterviewReader.Web.Tests.Support;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PreviewLibraryPage = InterviewReader.Web.Components.Pages.PreviewLibrary;
using PreviewPage = InterviewReader.Web.Components.Pages.Preview;

namespace InterviewReader.Web.Tests.Preview;

public sealed class PreviewPageTests : BunitContext
{
    private readonly TempContent _content = new();
    private readonly ContentStore _store;

    public PreviewPageTests()
    {
        _content.Interview("pair", ("hi", ["one", "two"]), ("bn", ["one", "two"]));
        // Settled on the second poll that sees a change: a test polls twice instead of waiting.
        _store = new ContentStore(
            Options.Create(new ContentOptions { Root = _content.Root, SettleMilliseconds = 0, ShrinkSettleMilliseconds = 0 }),
            new HostingEnvironment { ContentRootPath = _content.Root },
            NullLogger<ContentStore>.Instance);
        Services.AddSingleton(_store);
        Services.AddSingleton(Options.Create(new SiteOptions()));
        Services.AddSingleton<PublicUrls>();
        // The page runs in its circuit; a test of the prerendered page says so itself.
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private string HiFile => Path.Combine(_content.Root, "pair", "hi.md");

    [Fact]
    public void Render_CleanInterview_SideBySideThroughTheReadersRowsWithEachRowsAnchor()
    {
        var cut = Render<PreviewPage>(p => p.Add(c => c.Slug, "pair"));

        Assert.Contains("(0)", cut.Find(".preview-problems h2").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".preview-stale"));
        var row = cut.Find("#one-p1");
        Assert.Equal(["hi", "bn"], row.QuerySelectorAll("p.cell").Select(c => c.GetAttribute("lang")));
        Assert.Equal("#one-p1", row.QuerySelector(".row-note .row-anchor")!.GetAttribute("href"));
        // Every row of the reader's components carries a note: headings, paragraphs, takeaways, the quote.
        Assert.Equal(cut.FindAll(".row[id], .heading-row, .takeaways-label").Count, cut.FindAll(".row-note").Count);
    }

    [Fact]
    public void Render_InTheCircuitOrPrerendered_SaysWhichSoATestWaitsForTheCircuitsOwnElements()
    {
        Assert.Equal("live", Render<PreviewPage>(p => p.Add(c => c.Slug, "pair")).Find(".preview").GetAttribute("data-rendered"));

        Renderer.SetRendererInfo(new RendererInfo("Static", isInteractive: false));
        Assert.Equal("prerendered", Render<PreviewPage>(p => p.Add(c => c.Slug, "pair")).Find(".preview").GetAttribute("data-rendered"));
    }

    [Fact]
    public void Publish_AnEdit_RendersTheNewTextWithoutANewRender()
    {
        var cut = Render<PreviewPage>(p => p.Add(c => c.Slug, "pair"));
        var before = cut.Find("#one-p1 p.cell[lang=hi]").TextContent;

        Save(File.ReadAllText(HiFile).Replace("शब्द शब्द शब्द one", "नया शब्द शब्द one", StringComparison.Ordinal));

        cut.WaitForAssertion(() => Assert.StartsWith("नया शब्द", cut.Find("#one-p1 p.cell[lang=hi]").TextContent, StringComparison.Ordinal));
        Assert.NotEqual(before, cut.Find("#one-p1 p.cell[lang=hi]").TextContent);
    }

    [Fact]
    public void Publish_ABrokenFileThenTheFix_ShowsItsProblemOverTheStaleVersionThenClearsIt()
    {
        var cut = Render<PreviewPage>(p => p.Add(c => c.Slug, "pair"));
        var good = File.ReadAllText(HiFile);
        var line = good.Count(c => c == '\n') + 1;

        Save(good + "<div>raw</div>\n");

        cut.WaitForAssertion(() => Assert.Contains("stale", cut.Find(".preview").ClassList));
        var problem = cut.Find(".problem.error");
        Assert.StartsWith($"pair/hi.md:{line}: error: ", problem.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll(".preview-stale"));
        Assert.NotEmpty(cut.FindAll("#one-p1 p.cell"));

        Save(good);

        cut.WaitForAssertion(() => Assert.DoesNotContain("stale", cut.Find(".preview").ClassList));
        Assert.Empty(cut.FindAll(".problem"));
        Assert.Contains("(0)", cut.Find(".preview-problems h2").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Warning_ListedAsValidatePrintsItAndLinkedBothWays()
    {
        File.WriteAllText(Path.Combine(_content.Root, "pair", "bn.md"), InterviewText.Transcript("bn", "one"), new UTF8Encoding(false));
        _store.Poll();
        _store.Poll();

        var cut = Render<PreviewPage>(p => p.Add(c => c.Slug, "pair"));

        var item = cut.Find(".problem.warning");
        var warning = _store.Current.Problems.Single();
        Assert.Equal(warning.ToString(), item.TextContent.Trim());
        var toRow = item.QuerySelector("a")!.GetAttribute("href")!;
        var row = cut.Find(toRow);
        var back = row.QuerySelector(".row-note .row-problem")!;
        Assert.Equal($"#{item.Id}", back.GetAttribute("href"));
        Assert.Equal($"bn.md:{warning.Line}", back.TextContent);
    }

    [Fact]
    public void Render_Library_EachInterviewWithItsProblemCount()
    {
        _content.Write("broken/hi.md", "no front matter\n");
        _store.Poll();
        _store.Poll();

        var cut = Render<PreviewLibraryPage>();

        var items = cut.FindAll(".preview-interviews li");
        Assert.Equal(["/preview/broken", "/preview/pair"], items.Select(i => i.QuerySelector("a")!.GetAttribute("href")));
        Assert.Contains("error", items[0].QuerySelector(".problem-count")!.ClassList);
        Assert.Equal("0 errors · 0 warnings", items[1].QuerySelector(".problem-count")!.TextContent);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _content.Dispose();
    }

    // Saves as an editor's atomic save does (a temporary file renamed over hi.md), then polls until the store has taken it.
    private void Save(string text)
    {
        var temp = Path.Combine(_content.Root, "pair", ".hi.md.tmp");
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, HiFile, overwrite: true);
        var version = _store.Version;
        for (var i = 0; i < 10 && _store.Version == version; i++)
        {
            _store.Poll();
        }

        Assert.NotEqual(version, _store.Version);
    }
}
