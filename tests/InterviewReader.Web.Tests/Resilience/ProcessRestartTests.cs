using System.Diagnostics;

namespace InterviewReader.Web.Tests.Resilience;

/// <summary>The process is killed mid-load and started again: it comes back serving the full, correct page.</summary>
public sealed class ProcessRestartTests
{
    private const string Reader = "/interviews/emad-mostaque";

    [Fact]
    public async Task KillMidLoad_Restart_ServesCorrectPageAgain()
    {
        var port = AppProcess.FreePort();
        using (var first = AppProcess.Start(RepoPaths.FixtureContent, port))
        {
            await first.WaitForOkAsync(Reader, Stopwatch.StartNew());
            using var client = new HttpClient { BaseAddress = first.BaseUrl };
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            var load = Enumerable.Range(0, 8).Select(_ => LoadAsync(client, stop.Token)).ToArray();
            await Task.Delay(500);

            first.Kill();
            await Task.WhenAll(load);
        }

        // How fast it comes back is measured in bench/ (row d); here only that it does (within
        // AppProcess's start timeout) and serves the whole page: a time bound would race the
        // clock on a loaded 2-core machine.
        using var second = AppProcess.Start(RepoPaths.FixtureContent, port);
        await second.WaitForOkAsync(Reader, Stopwatch.StartNew());

        using var check = new HttpClient { BaseAddress = second.BaseUrl };
        var page = await check.GetStringAsync(Reader);
        Assert.Contains("id=\"democracy-t3\"", page, StringComparison.Ordinal);
        Assert.Contains("ইমাদ মোস্তাক", page, StringComparison.Ordinal);
        Assert.EndsWith("</html>", page.TrimEnd(), StringComparison.Ordinal);
    }

    private static async Task LoadAsync(HttpClient client, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var response = await client.GetAsync(Reader, stop);
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
            {
                // The process was killed under us: expected.
                if (ex is HttpRequestException)
                {
                    return;
                }
            }
        }
    }
}
