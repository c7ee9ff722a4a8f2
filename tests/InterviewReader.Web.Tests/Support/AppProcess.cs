using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InterviewReader.Web.Tests.Support;

/// <summary>The built app as its own process, as an operator runs it, so it can be killed and started again.</summary>
internal sealed class AppProcess : IDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static AppProcess Start(string contentRoot, int port)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var web = Path.Combine(RepoPaths.Root, "src", "InterviewReader.Web");
        var dll = Path.Combine(web, "bin", configuration, "net10.0", "InterviewReader.Web.dll");
        Assert.True(File.Exists(dll), $"build the web project first: {dll} is missing");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Content__Root"] = contentRoot;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process, new Uri($"http://127.0.0.1:{port}"));
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits (at most 30 s) until the URL answers 200, and returns how long that took.</summary>
    public async Task<TimeSpan> WaitForOkAsync(string url, Stopwatch since)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        while (since.Elapsed < TimeSpan.FromSeconds(30))
        {
            Assert.False(_process.HasExited, "the app exited while starting");
            try
            {
                using var response = await client.GetAsync(url);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return since.Elapsed;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer in time.
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"{url} did not answer 200 within 30 s");
    }

    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(5000);
        _process.Dispose();
    }
}
