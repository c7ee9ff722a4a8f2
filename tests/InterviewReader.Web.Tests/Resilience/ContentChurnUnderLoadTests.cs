using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Resilience;

/// <summary>
/// Readers keep reading while an editor rewrites the content 50 times (valid, invalid,
/// half-written, folder deleted and restored): no 5xx, every page complete and of one version,
/// and the final valid content is served at the end. The full-length run (wrk, 128 connections,
/// 30 s) lives in bench/.
/// </summary>
public sealed partial class ContentChurnUnderLoadTests : IDisposable
{
    private const int Readers = 16;
    private const int Rewrites = 50;
    private readonly TempContent _content = new TempContent().CopyBundled();
    private readonly string _hi;
    private readonly string _bn;
    private readonly string _hiOriginal;
    private readonly string _bnOriginal;

    public ContentChurnUnderLoadTests()
    {
        _hi = Path.Combine(_content.Root, "emad-mostaque", "hi.md");
        _bn = Path.Combine(_content.Root, "emad-mostaque", "bn.md");
        _hiOriginal = File.ReadAllText(_hi);
        _bnOriginal = File.ReadAllText(_bn);
    }

    [Fact]
    public async Task Rewrites_UnderConcurrentReaders_NoServerErrorAndEveryPageWhole()
    {
        using var app = KestrelReaderApp.On(_content.Root);
        using var client = app.CreateClient();
        var responses = new ConcurrentBag<(HttpStatusCode Status, string Url, string Body)>();
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, Readers).Select(i => ReadUntilStoppedAsync(client, i, responses, stop.Token)).ToArray();

        for (var i = 1; i <= Rewrites; i++)
        {
            await RewriteAsync(i);
            await Task.Delay(60);
        }

        WriteVersion(999);
        await EventuallyServedAsync(client, "संस्करण 999।");
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(responses.Count > 200, $"only {responses.Count} responses: the readers did not really load the server");
        Assert.DoesNotContain(responses, r => (int)r.Status >= 500);
        Assert.All(responses, r => Assert.True(r.Status is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{r.Url}: {r.Status}"));
        Assert.All(responses.Where(r => r.Status == HttpStatusCode.OK), r => Assert.EndsWith("</html>", r.Body.TrimEnd(), StringComparison.Ordinal));
        Assert.DoesNotContain(responses, r => r.Body.Contains("<script>alert", StringComparison.Ordinal));
        foreach (var page in responses.Where(r => r.Status == HttpStatusCode.OK && r.Url == "/interviews/emad-mostaque"))
        {
            var hi = HindiMarker().Match(page.Body);
            var bn = BengaliMarker().Match(page.Body);
            Assert.Equal(hi.Success ? hi.Groups[1].Value : "", bn.Success ? bn.Groups[1].Value : "");
        }
    }

    public void Dispose() => _content.Dispose();

    private async Task RewriteAsync(int i)
    {
        switch (i % 5)
        {
            case 0:
                // Invalid: raw HTML. The last good version must stay online.
                File.WriteAllText(_hi, _hiOriginal + "\n<script>alert(1)</script>\n");
                break;
            case 1:
                // Half-written, then finished.
                File.WriteAllText(_hi, _hiOriginal[..(_hiOriginal.Length / 2)]);
                await Task.Delay(15);
                WriteVersion(i);
                break;
            case 2:
                // Folder deleted, then restored.
                Directory.Delete(Path.GetDirectoryName(_hi)!, recursive: true);
                await Task.Delay(30);
                Directory.CreateDirectory(Path.GetDirectoryName(_hi)!);
                WriteVersion(i);
                break;
            default:
                WriteVersion(i);
                break;
        }
    }

    // The same version number in both languages, so a page mixing two versions shows two numbers.
    private void WriteVersion(int version)
    {
        File.WriteAllText(_hi, _hiOriginal + $"\nसंस्करण {version}।\n");
        File.WriteAllText(_bn, _bnOriginal + $"\nসংস্করণ {version}।\n");
    }

    private static async Task ReadUntilStoppedAsync(HttpClient client, int reader, ConcurrentBag<(HttpStatusCode, string, string)> responses, CancellationToken stop)
    {
        string[] urls = ["/interviews/emad-mostaque", "/interviews/emad-mostaque/hi", "/", "/interviews/emad-mostaque/bn"];
        for (var n = reader; !stop.IsCancellationRequested; n++)
        {
            var url = urls[n % urls.Length];
            try
            {
                using var response = await client.GetAsync(url, stop);
                responses.Add((response.StatusCode, url, await response.Content.ReadAsStringAsync(stop)));
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private static async Task EventuallyServedAsync(HttpClient client, string text)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            using var response = await client.GetAsync("/interviews/emad-mostaque/hi");
            if (response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            // A bound on the wait only (the reload is seen within a poll or two): generous, so a loaded machine never fails on time alone.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the final valid content was not served within 30 s");
            await Task.Delay(50);
        }
    }

    [GeneratedRegex("संस्करण (\\d+)।")]
    private static partial Regex HindiMarker();

    [GeneratedRegex("সংস্করণ (\\d+)।")]
    private static partial Regex BengaliMarker();
}
