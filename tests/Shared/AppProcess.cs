using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace InterviewReader.Tests.Shared;

/// <summary>The built app as its own process on a loopback port, as an operator runs it: it can be killed and started again.</summary>
internal sealed class AppProcess : IAsyncDisposable, IDisposable
{
    // Generous: only a start that fails uses it all, and test hosts share 2 cores with builds.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    /// <summary>The app's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseUrl { get; }

    /// <summary>What the app has written to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app in Production on the given content and port, with any further settings (environment variables); see <see cref="WaitForOkAsync"/>.</summary>
    public static AppProcess Start(string contentRoot, int port, IReadOnlyDictionary<string, string>? settings = null)
    {
        if (!File.Exists(RepoPaths.WebDll))
        {
            throw new InvalidOperationException($"The web app is not built: {RepoPaths.WebDll} is missing. Run `dotnet build` first.");
        }

        var baseUrl = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.WebProject, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepoPaths.WebDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl.GetLeftPart(UriPartial.Authority));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Content__Root"] = contentRoot;
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var app = new AppProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits (at most 60 s) until the path answers 200, and returns the time since <paramref name="since"/> started.</summary>
    public async Task<TimeSpan> WaitForOkAsync(string path, Stopwatch since)
    {
        using var http = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var last = "no answer yet";
        while (since.Elapsed < StartTimeout)
        {
            EnsureRunning();
            try
            {
                using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return since.Elapsed;
                }

                last = $"GET {path} answered {(int)response.StatusCode}";
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer in time.
                last = ex.Message;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The app at {BaseUrl} did not answer GET {path} with 200 within {StartTimeout.TotalSeconds} s ({last}).\n{Output}");
    }

    /// <summary>Fails with the app's output when the app is no longer running.</summary>
    public void EnsureRunning()
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"The app exited with code {_process.ExitCode}.\n{Output}");
        }
    }

    /// <summary>Asks the app to stop (SIGTERM, as systemd or a container runtime does) and waits at most 30 s for it to exit.</summary>
    public async Task StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <summary>Kills the app at once, as a crash or an operator's kill -9 would.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>Kills the app if it still runs.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
        finally
        {
            _process.Dispose();
        }
    }

    /// <inheritdoc cref="Dispose" />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
