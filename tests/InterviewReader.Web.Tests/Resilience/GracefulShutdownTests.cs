using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Resilience;

/// <summary>
/// SIGTERM while readers are loading pages and others hold idle keep-alive connections: every
/// request gets its whole answer, none a reset. The app drains first (answers with
/// <c>Connection: close</c>, <c>/readyz</c> 503), then stops.
/// </summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private const string Page = "/interviews/first";
    private const string File = "/favicon.svg";
    private const int Readers = 8;
    private const int IdleConnections = 4;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly TempContent _content = new TempContent().WriteInterview("first");

    [Fact]
    public async Task Sigterm_UnderLoad_EveryRequestAnsweredWholeAndNoneReset()
    {
        // A drain long enough for a starved machine; the app moves on as soon as the connections are gone.
        using var app = AppProcess.Start(_content.Root, AppProcess.FreePort(), new Dictionary<string, string> { ["Shutdown__DrainMilliseconds"] = "20000" });
        await app.WaitForOkAsync("/readyz", Stopwatch.StartNew());
        var idle = new List<KeepAliveConnection>();
        for (var i = 0; i < IdleConnections; i++)
        {
            var connection = await KeepAliveConnection.OpenAsync(app.BaseUrl);
            Assert.Equal(200, (await connection.GetAsync(File)).Status);
            idle.Add(connection);
        }

        var failures = new ConcurrentQueue<string>();
        var answered = new int[Readers];
        using var stop = new CancellationTokenSource(Bound);
        var readers = Enumerable.Range(0, Readers).Select(i => ReadUntilToldToCloseAsync(app.BaseUrl, i, answered, failures, stop.Token)).ToArray();
        var clock = Stopwatch.StartNew();
        while (Enumerable.Range(0, Readers).Any(i => Volatile.Read(ref answered[i]) < 3) && clock.Elapsed < Bound)
        {
            await Task.Delay(10);
        }

        var stopped = app.StopAsync();
        Assert.True(await ReadinessFailsAsync(app.BaseUrl), $"/readyz never answered 503 after SIGTERM: the app stopped without draining.\n{app.Output}");

        // Connections that sat idle through the signal still get a whole answer, then are closed.
        foreach (var connection in idle)
        {
            var (status, closes) = await connection.GetAsync(File);
            Assert.Equal(200, status);
            Assert.True(closes, "a draining answer must carry Connection: close");
            connection.Dispose();
        }

        await Task.WhenAll(readers);
        await stopped;
        Assert.Empty(failures);
        Assert.All(answered, n => Assert.True(n >= 3, $"a reader got only {n} answers"));
    }

    public void Dispose() => _content.Dispose();

    // One reader on its own keep-alive connection, like a load tool's; it leaves when an answer
    // says Connection: close (the server is draining), as a load balancer would.
    private static async Task ReadUntilToldToCloseAsync(Uri server, int reader, int[] answered, ConcurrentQueue<string> failures, CancellationToken stop)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 }) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(20) };
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var response = await client.GetAsync(Page, stop);
                var body = await response.Content.ReadAsStringAsync(stop);
                if (response.StatusCode != HttpStatusCode.OK || !body.TrimEnd().EndsWith("</html>", StringComparison.Ordinal))
                {
                    failures.Enqueue($"reader {reader}: {(int)response.StatusCode}, {body.Length} characters");
                }

                Interlocked.Increment(ref answered[reader]);
                if (response.Headers.ConnectionClose == true)
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                failures.Enqueue($"reader {reader}: never told to close within {Bound.TotalSeconds} s");
                return;
            }
            catch (HttpRequestException ex)
            {
                failures.Enqueue($"reader {reader}: {ex.HttpRequestError}: {ex.InnerException?.Message ?? ex.Message}");
                return;
            }
        }
    }

    // True once /readyz answers 503; false when the app stops listening first.
    private static async Task<bool> ReadinessFailsAsync(Uri server)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Bound)
        {
            try
            {
                var (status, _) = await RawHttp.GetAsync(server, "/readyz");
                if (status == 503)
                {
                    return true;
                }
            }
            catch (SocketException)
            {
                return false;
            }

            await Task.Delay(10);
        }

        return false;
    }

    /// <summary>One HTTP/1.1 connection kept open between requests, read by Content-Length.</summary>
    private sealed class KeepAliveConnection : IDisposable
    {
        private readonly TcpClient _client;
        private readonly NetworkStream _stream;

        private KeepAliveConnection(TcpClient client)
        {
            _client = client;
            _stream = client.GetStream();
        }

        public static async Task<KeepAliveConnection> OpenAsync(Uri server)
        {
            var client = new TcpClient();
            await client.ConnectAsync(server.Host, server.Port);
            return new KeepAliveConnection(client);
        }

        // The status and whether the answer closes the connection; throws when the answer is cut off.
        public async Task<(int Status, bool Closes)> GetAsync(string path)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await _stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), timeout.Token);
            var head = new StringBuilder();
            var one = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await _stream.ReadAsync(one, timeout.Token) == 0)
                {
                    throw new IOException($"the connection was closed before the answer's headers were complete: '{head}'");
                }

                head.Append((char)one[0]);
            }

            var lines = head.ToString().Split("\r\n");
            var status = int.Parse(lines[0].AsSpan(9, 3), provider: null);
            var length = lines.Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Equals("Content-Length", StringComparison.OrdinalIgnoreCase)).Select(p => int.Parse(p[1], provider: null)).Single();
            var closes = lines.Any(l => l.Equals("Connection: close", StringComparison.OrdinalIgnoreCase));
            var body = new byte[length];
            await _stream.ReadExactlyAsync(body, timeout.Token);
            return (status, closes);
        }

        public void Dispose()
        {
            _stream.Dispose();
            _client.Dispose();
        }
    }
}
