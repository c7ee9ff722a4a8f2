using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace InterviewReader.Bench;

/// <summary>
/// Opens COUNT TCP connections to a loopback URL, sends one GET on each, reads the whole response
/// and keeps every connection open (idle keep-alive, as a reader who has the page open), until a
/// stop file appears or the time limit passes. Raw sockets rather than HttpClient, so each reader
/// really is its own connection.
/// </summary>
internal static class ConnectionHolder
{
    private const int MaxConnections = 5000;
    private const int OpenInParallel = 32;

    /// <summary>Runs the holder; 0 when every connection got a 200.</summary>
    public static async Task<int> RunAsync(Uri url, int count, TimeSpan maxHold, string readyFile, string stopFile)
    {
        if (!IPAddress.TryParse(url.Host, out var address) || !IPAddress.IsLoopback(address) || url.Scheme != Uri.UriSchemeHttp)
        {
            Console.Error.WriteLine("hold: only http:// URLs on a loopback address (127.0.0.1) are allowed");
            return 2;
        }

        if (count is < 1 or > MaxConnections || maxHold <= TimeSpan.Zero || maxHold > TimeSpan.FromMinutes(5))
        {
            Console.Error.WriteLine($"hold: COUNT must be 1..{MaxConnections} and MAX_SECONDS 1..300");
            return 2;
        }

        var request = Encoding.ASCII.GetBytes(
            $"GET {url.PathAndQuery} HTTP/1.1\r\nHost: {url.Authority}\r\nAccept-Encoding: br\r\nConnection: keep-alive\r\n\r\n");
        var endpoint = new IPEndPoint(address, url.Port);
        var sockets = new Socket?[count];
        var statuses = new int[count];
        var bodyBytes = new long[count];
        var opened = DateTime.UtcNow;
        using (var openTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            var options = new ParallelOptions { MaxDegreeOfParallelism = OpenInParallel, CancellationToken = openTimeout.Token };
            try
            {
                await Parallel.ForEachAsync(Enumerable.Range(0, count), options, OpenAsync);
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine("hold: gave up waiting for responses after 60 s");
            }
        }

        var ok = statuses.Count(s => s == 200);
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"connections={count} status200={ok} failed={count - ok} body_bytes_each={bodyBytes.Max()} open_seconds={(DateTime.UtcNow - opened).TotalSeconds:0.00}");
        Console.WriteLine($"hold: {summary}");
        await File.WriteAllTextAsync(readyFile, summary + "\n");

        var until = DateTime.UtcNow + maxHold;
        while (DateTime.UtcNow < until && !File.Exists(stopFile))
        {
            await Task.Delay(100);
        }

        foreach (var socket in sockets)
        {
            socket?.Dispose();
        }

        return ok == count ? 0 : 1;

        async ValueTask OpenAsync(int i, CancellationToken ct)
        {
            var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            sockets[i] = socket;
            try
            {
                await socket.ConnectAsync(endpoint, ct);
                await socket.SendAsync(request, SocketFlags.None, ct);
                (statuses[i], bodyBytes[i]) = await new ResponseReader(socket).ReadAsync(ct);
            }
            catch (Exception ex) when (ex is SocketException or IOException or FormatException)
            {
                statuses[i] = -1;
            }
        }
    }

    /// <summary>Reads one HTTP/1.1 response (Content-Length or chunked) and returns its status and body size.</summary>
    private sealed class ResponseReader(Socket socket)
    {
        private byte[] _buffer = new byte[32 * 1024];
        private int _start;
        private int _end;

        public async Task<(int Status, long BodyBytes)> ReadAsync(CancellationToken ct)
        {
            var statusLine = await ReadLineAsync(ct);
            var parts = statusLine.Split(' ', 3);
            var status = parts.Length >= 2 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : throw new FormatException(statusLine);
            long? length = null;
            var chunked = false;
            for (var line = await ReadLineAsync(ct); line.Length > 0; line = await ReadLineAsync(ct))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    continue;
                }

                var name = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    length = long.Parse(value, CultureInfo.InvariantCulture);
                }
                else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase) && value.Contains("chunked", StringComparison.OrdinalIgnoreCase))
                {
                    chunked = true;
                }
            }

            if (!chunked)
            {
                await SkipAsync(length ?? 0, ct);
                return (status, length ?? 0);
            }

            long total = 0;
            while (true)
            {
                var sizeLine = await ReadLineAsync(ct);
                var size = long.Parse(sizeLine.Split(';')[0].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (size == 0)
                {
                    while ((await ReadLineAsync(ct)).Length > 0)
                    {
                        // trailers
                    }

                    return (status, total);
                }

                await SkipAsync(size, ct);
                _ = await ReadLineAsync(ct);
                total += size;
            }
        }

        private async Task<string> ReadLineAsync(CancellationToken ct)
        {
            while (true)
            {
                var span = _buffer.AsSpan(_start, _end - _start);
                var newline = span.IndexOf("\r\n"u8);
                if (newline >= 0)
                {
                    var line = Encoding.ASCII.GetString(span[..newline]);
                    _start += newline + 2;
                    return line;
                }

                await FillAsync(ct);
            }
        }

        private async Task SkipAsync(long count, CancellationToken ct)
        {
            while (count > 0)
            {
                if (_start == _end)
                {
                    await FillAsync(ct);
                }

                var take = (int)Math.Min(count, _end - _start);
                _start += take;
                count -= take;
            }
        }

        private async Task FillAsync(CancellationToken ct)
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                if (_buffer.Length >= 1024 * 1024)
                {
                    throw new FormatException("response line too long");
                }

                Array.Resize(ref _buffer, _buffer.Length * 2);
            }

            var read = await socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, ct);
            if (read == 0)
            {
                throw new IOException("connection closed before the response ended");
            }

            _end += read;
        }
    }
}
