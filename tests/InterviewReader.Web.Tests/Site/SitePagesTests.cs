using InterviewReader.Content.Loading;
using InterviewReader.Web.Components.Reader;
using InterviewReader.Web.Site;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Site;

/// <summary>The page list of a snapshot: library, every view from ReaderView.AllFor, the one-language redirect, the 404.</summary>
public sealed class SitePagesTests : IDisposable
{
    private readonly TempContent _content = new TempContent()
        .Interview("solo", ("hi", ["one"]))
        .Interview("pair", ("hi", ["one"]), ("bn", ["one"]));

    [Fact]
    public void For_Snapshot_ListsLibraryEveryViewTheRedirectAndTheNotFoundPage()
    {
        var snapshot = ContentLibrary.Load(_content.Root);

        var pages = SitePages.For(snapshot);

        Assert.Equal(
            [
                ("/", SitePageKind.Library, "index.html"),
                ("/interviews/pair", SitePageKind.Reader, "interviews/pair/index.html"),
                ("/interviews/pair/hi", SitePageKind.Reader, "interviews/pair/hi/index.html"),
                ("/interviews/pair/bn", SitePageKind.Reader, "interviews/pair/bn/index.html"),
                ("/interviews/pair/hi-beng", SitePageKind.Reader, "interviews/pair/hi-beng/index.html"),
                ("/interviews/pair/bn-deva", SitePageKind.Reader, "interviews/pair/bn-deva/index.html"),
                ("/interviews/pair/deva", SitePageKind.Reader, "interviews/pair/deva/index.html"),
                ("/interviews/pair/beng", SitePageKind.Reader, "interviews/pair/beng/index.html"),
                ("/interviews/pair/alignment.tmx", SitePageKind.Alignment, "interviews/pair/alignment.tmx"),
                ("/interviews/solo/hi", SitePageKind.Reader, "interviews/solo/hi/index.html"),
                ("/interviews/solo/hi-beng", SitePageKind.Reader, "interviews/solo/hi-beng/index.html"),
                ("/interviews/solo", SitePageKind.Redirect, "interviews/solo/index.html"),
                ("/interviews/solo/alignment.tmx", SitePageKind.Alignment, "interviews/solo/alignment.tmx"),
                ("/not-found", SitePageKind.NotFound, "404.html"),
            ],
            pages.OrderBy(p => p.Kind == SitePageKind.Library ? 0 : p.Kind == SitePageKind.NotFound ? 2 : 1).ThenBy(p => p.Interview?.Slug, StringComparer.Ordinal).Select(p => (p.Path, p.Kind, p.FilePath)));
        Assert.Equal("/interviews/solo/hi", pages.Single(p => p.Kind == SitePageKind.Redirect).RedirectTo);
        Assert.Equal([.. Enumerable.Repeat(200, 12), 302, 404], pages.Select(p => p.StatusCode).Order());
    }

    [Fact]
    public void For_Interview_HasExactlyTheViewsOfReaderViewAllFor()
    {
        var interview = ContentLibrary.Load(_content.Root).Find("pair")!;

        Assert.Equal(
            ReaderView.AllFor(interview).Select(v => v.Url),
            SitePages.For(interview).Where(p => p.Kind == SitePageKind.Reader).Select(p => p.Path));
        Assert.Equal(["/interviews/pair", "/interviews/pair/hi", "/interviews/pair/bn", "/interviews/pair/hi-beng", "/interviews/pair/bn-deva", "/interviews/pair/deva", "/interviews/pair/beng"], ReaderView.AllFor(interview).Select(v => v.Url));
    }

    public void Dispose() => _content.Dispose();
}
