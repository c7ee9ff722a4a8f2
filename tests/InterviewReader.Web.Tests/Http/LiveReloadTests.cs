using System.Diagnostics;
using System.Net;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Http;

/// <summary>Edits under the content root reach readers within 2 s, and bad edits never take good content down.</summary>
public sealed class LiveReloadTests : IDisposable
{
    // Only a bound on a wait for a condition (a reload is seen within a poll or two when the machine
    // is quiet); generous, so a loaded 2-core CI machine never fails it on time alone.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private readonly TempContent _content = new TempContent().CopyBundled();
    private readonly ReaderAppFactory _app;
    private readonly HttpClient _client;

    public LiveReloadTests()
    {
        _app = new ReaderAppFactory { ContentRoot = _content.Root };
        _client = _app.CreateClient();
    }

    private string HiFile => Path.Combine(_content.Root, "emad-mostaque", "hi.md");

    [Fact]
    public async Task EditFile_ValidChange_ServedWithinTwoSeconds()
    {
        Assert.DoesNotContain("नया वाक्य", await _client.GetStringAsync("/interviews/emad-mostaque/hi"), StringComparison.Ordinal);

        File.AppendAllText(HiFile, "\nनया वाक्य।\n");

        await EventuallyAsync(async () => (await _client.GetStringAsync("/interviews/emad-mostaque/hi")).Contains("नया वाक्य", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditFile_InvalidChange_KeepsLastGoodVersionAndReportsIt()
    {
        var good = await _client.GetStringAsync("/interviews/emad-mostaque/hi");

        File.WriteAllText(HiFile, File.ReadAllText(HiFile).Replace("{#democracy}", "", StringComparison.Ordinal));

        await EventuallyAsync(async () => (await _client.GetStringAsync("/readyz")).Contains("has no ID", StringComparison.Ordinal));
        Assert.Equal(good, await _client.GetStringAsync("/interviews/emad-mostaque/hi"));
    }

    [Fact]
    public async Task AddAndRemoveFolder_AppearsThenGoes()
    {
        var copy = Path.Combine(_content.Root, "second-copy");
        Directory.CreateDirectory(copy);
        File.Copy(HiFile, Path.Combine(copy, "hi.md"));

        await EventuallyAsync(async () => (await _client.GetAsync("/interviews/second-copy/hi")).StatusCode == HttpStatusCode.OK);
        Assert.Contains("/interviews/second-copy", await _client.GetStringAsync("/"), StringComparison.Ordinal);

        Directory.Delete(copy, recursive: true);

        await EventuallyAsync(async () => (await _client.GetAsync("/interviews/second-copy/hi")).StatusCode == HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task HalfWrittenFile_NeverServedAsContent()
    {
        var full = File.ReadAllText(HiFile);
        var cut = full.IndexOf("## केंद्रीकृत", StringComparison.Ordinal);

        var pages = new List<string>();

        // A writer that stops half-way, then finishes 100 ms later: a valid but truncated file in between.
        File.WriteAllText(HiFile, full[..cut]);
        await Task.Delay(100);
        File.WriteAllText(HiFile, full + "\nपूरा लिखा गया।\n");

        await EventuallyAsync(async () =>
        {
            pages.Add(await _client.GetStringAsync("/interviews/emad-mostaque/hi"));
            return pages[^1].Contains("पूरा लिखा गया", StringComparison.Ordinal);
        });
        Assert.All(pages, page => Assert.Contains("id=\"democracy-t3\"", page, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
        _content.Dispose();
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Deadline, $"not seen within {Deadline.TotalSeconds} s");
            await Task.Delay(50);
        }
    }
}
