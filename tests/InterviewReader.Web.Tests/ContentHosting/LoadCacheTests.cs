using InterviewReader.Content.Loading;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Tests.Support;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.Tests.ContentHosting;

/// <summary>
/// The load cache (<c>Content:CacheFolder</c>): a restart reads back what the last start worked
/// out, serves the very same pages, and never serves what the files no longer say. A damaged or
/// unusable cache costs time, never content.
/// </summary>
public sealed class LoadCacheTests : IDisposable
{
    private readonly TempContent _content = new TempContent().CopyBundled();
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "ir-cache-tests-" + Guid.NewGuid().ToString("N"));

    private string HiFile => Path.Combine(_content.Root, RepoPaths.FixtureSlug, "hi.md");

    [Fact]
    public void Restart_ReadsEveryFolderFromTheCache()
    {
        CopyBundledAs("second");

        var (first, firstLog) = Start();
        var (second, secondLog) = Start();

        Assert.Contains(firstLog.Entries, e => e.Message.EndsWith(", 0 of 2 folders from the load cache", StringComparison.Ordinal));
        Assert.Contains(secondLog.Entries, e => e.Message.EndsWith(", 2 of 2 folders from the load cache", StringComparison.Ordinal));
        Assert.Equal(2, Directory.GetFiles(_cache, "*.bin").Length);
        Assert.Equal(first.Current.Interviews.Select(i => i.Slug), second.Current.Interviews.Select(i => i.Slug));
        Assert.Equal(first.Current.Problems.ToList(), second.Current.Problems.ToList());
    }

    [Fact]
    public async Task Restart_FromTheCache_ServesTheSamePagesSearchAndTmx()
    {
        string[] paths = [$"/interviews/{RepoPaths.FixtureSlug}", $"/interviews/{RepoPaths.FixtureSlug}/bn", "/search?q=Stability", $"/interviews/{RepoPaths.FixtureSlug}/alignment.tmx", "/"];
        var fresh = await Fetch(paths, cacheFolder: "");
        var filling = await Fetch(paths, _cache);
        var fromCache = await Fetch(paths, _cache);

        Assert.Single(Directory.GetFiles(_cache, "*.bin"));
        Assert.Equal(fresh, filling);
        Assert.Equal(fresh, fromCache);
    }

    [Fact]
    public void EditedTranscript_IsLoadedFromItsFiles()
    {
        Start();
        File.AppendAllText(HiFile, "\nकैश के बाद जोड़ा गया अनुच्छेद।\n");

        var (store, log) = Start();

        Assert.Contains(log.Entries, e => e.Message.EndsWith(", 0 of 1 folders from the load cache", StringComparison.Ordinal));
        Assert.Contains("कैश के बाद जोड़ा गया अनुच्छेद।", Paragraphs(store), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_cache, "*.bin"));
    }

    [Fact]
    public void DamagedCacheFile_IsLoggedAndTheFolderLoadedFromItsFiles_ThenWrittenAgain()
    {
        var (fresh, _) = Start();
        var file = Assert.Single(Directory.GetFiles(_cache, "*.bin"));
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(file, bytes);

        var (damaged, log) = Start();
        var (again, againLog) = Start();

        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("is damaged", StringComparison.Ordinal) && e.Message.Contains(file, StringComparison.Ordinal));
        Assert.Equal(Paragraphs(fresh), Paragraphs(damaged));
        Assert.Contains(againLog.Entries, e => e.Message.EndsWith(", 1 of 1 folders from the load cache", StringComparison.Ordinal));
        Assert.Equal(Paragraphs(fresh), Paragraphs(again));
    }

    [Fact]
    public void CacheFolderThatCannotBeMade_IsLogged_AndTheSiteLoads()
    {
        Directory.CreateDirectory(_cache);
        var blocker = Path.Combine(_cache, "a-file");
        File.WriteAllText(blocker, "not a folder");

        var (store, log) = Start(Path.Combine(blocker, "cache"));

        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("cannot be made", StringComparison.Ordinal));
        Assert.Single(store.Current.Interviews);
    }

    [Fact]
    public void RemovedInterview_ItsCacheFileIsDeletedOnTheNextStart()
    {
        CopyBundledAs("second");
        Start();
        Directory.Delete(Path.Combine(_content.Root, "second"), recursive: true);

        Start();

        Assert.Single(Directory.GetFiles(_cache, "*.bin"));
    }

    [Fact]
    public void FileChangedWhileTheFolderIsRead_IsNotKept()
    {
        var store = new ContentStore(
            Options.Create(new ContentOptions { Root = _content.Root, CacheFolder = _cache, PollMilliseconds = 0 }),
            new HostingEnvironment { ContentRootPath = _content.Root },
            new ListLogger<ContentStore>(),
            (root, folder) =>
            {
                var result = InterviewFolderLoader.Load(root, folder);
                File.AppendAllText(HiFile, "\nपढ़ने के बीच बदला।\n");
                return result;
            });

        Assert.Single(store.Current.Interviews);
        Assert.Empty(Directory.GetFiles(_cache, "*.bin"));
    }

    public void Dispose()
    {
        _content.Dispose();
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }

    private void CopyBundledAs(string slug)
    {
        Directory.CreateDirectory(Path.Combine(_content.Root, slug));
        foreach (var language in new[] { "hi", "bn" })
        {
            File.Copy(Path.Combine(_content.Root, RepoPaths.FixtureSlug, $"{language}.md"), Path.Combine(_content.Root, slug, $"{language}.md"));
        }
    }

    private static string Paragraphs(ContentStore store) => string.Join("\n", store.Current.Find(RepoPaths.FixtureSlug)!.Interview.In("hi")!.Sections
        .SelectMany(s => s.Blocks).OfType<InterviewReader.Content.Model.ParagraphBlock>().Select(p => p.Text.PlainText));

    private (ContentStore Store, ListLogger<ContentStore> Log) Start(string? cacheFolder = null)
    {
        var log = new ListLogger<ContentStore>();
        var store = new ContentStore(
            Options.Create(new ContentOptions { Root = _content.Root, CacheFolder = cacheFolder ?? _cache, PollMilliseconds = 0 }),
            new HostingEnvironment { ContentRootPath = _content.Root },
            log);
        return (store, log);
    }

    private async Task<string[]> Fetch(string[] paths, string cacheFolder)
    {
        await using var app = new ReaderAppFactory { ContentRoot = _content.Root, CacheFolder = cacheFolder };
        using var client = app.CreateClient();
        var bodies = new List<string>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
            bodies.Add($"{path}\n{await response.Content.ReadAsStringAsync()}");
        }

        return [.. bodies];
    }
}
