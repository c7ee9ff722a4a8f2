using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Search;

/// <summary>A reload while readers search: every answer is the old version or the new, whole, and never an error.</summary>
public sealed partial class SearchReloadTests : IDisposable
{
    private const string Old = "बुद्धिमत्ता";
    private const string New = "ज़ेब्राफ़िश";
    private readonly TempContent _content = new TempContent().CopyBundled();
    private readonly ReaderAppFactory _app;
    private readonly HttpClient _client;

    public SearchReloadTests()
    {
        _app = new ReaderAppFactory { ContentRoot = _content.Root };
        _client = _app.CreateClient();
    }

    private string HiFile => Path.Combine(_content.Root, "emad-mostaque", "hi.md");

    [Fact]
    public async Task Searching_through_a_reload_sees_one_version_at_a_time_and_the_new_one_with_the_page()
    {
        var oldHits = HindiHits(await _client.GetStringAsync(Url(Old)));
        Assert.True(oldHits > 0);
        Assert.Equal(0, HindiHits(await _client.GetStringAsync(Url(New))));

        using var stop = new CancellationTokenSource();
        var seen = new List<(int Old, int New)>();
        var searching = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var old = HindiHits(await OkAsync(Url(Old)));
                var fresh = HindiHits(await OkAsync(Url(New)));
                lock (seen)
                {
                    seen.Add((old, fresh));
                }
            }
        });

        // The word is swapped for another in one atomic save (a temporary file renamed over it, as
        // the README tells editors), so the store sees the old file or the new one, never a half-written one.
        var temporary = Path.Combine(Path.GetDirectoryName(HiFile)!, ".hi.md.tmp");
        File.WriteAllText(temporary, File.ReadAllText(HiFile).Replace(Old, New, StringComparison.Ordinal));
        File.Move(temporary, HiFile, overwrite: true);
        var clock = Stopwatch.StartNew();
        while (!(await _client.GetStringAsync("/interviews/emad-mostaque/hi")).Contains(New, StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the reload was not served");
            await Task.Delay(50);
        }

        // The page shows the new version: search does too, at once.
        var newHits = HindiHits(await _client.GetStringAsync(Url(New)));
        Assert.True(newHits > 0);
        Assert.Equal(0, HindiHits(await _client.GetStringAsync(Url(Old))));
        await stop.CancelAsync();
        await searching;
        lock (seen)
        {
            Assert.NotEmpty(seen);
            Assert.All(seen, s =>
            {
                Assert.True(s.Old == oldHits || s.Old == 0, $"{s.Old} Hindi hits for the old word: neither version");
                Assert.True(s.New == 0 || s.New == newHits, $"{s.New} Hindi hits for the new word: neither version");
            });

            // Once a search has seen the new version, none sees the old one again.
            var firstNew = seen.FindIndex(s => s.New > 0);
            Assert.All(seen.Skip(firstNew < 0 ? seen.Count : firstNew + 1), s => Assert.Equal(0, s.Old));
        }
    }

    private async Task<string> OkAsync(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
        _content.Dispose();
    }

    private static string Url(string query) => "/search?q=" + Uri.EscapeDataString(query);

    private static int HindiHits(string html) => HindiHit().Count(html);

    [GeneratedRegex("<li lang=\"hi\">")]
    private static partial Regex HindiHit();
}
