using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace InterviewReader.Bench;

/// <summary>
/// The least an ASP.NET Core server can do for the page: Kestrel, no middleware, one handler that
/// writes the app's own stored bytes and headers (captured with curl -D) for brotli or identity,
/// chosen as the nginx config of row a chooses (<c>Accept-Encoding: br</c> or not). bench/run
/// measures it beside the app and nginx, so the gap to nginx splits into what the app adds on
/// top of Kestrel and what Kestrel costs itself.
/// </summary>
internal static class KestrelFloor
{
    // Headers the server writes itself or that describe the connection, not the page.
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "server", "content-length", "transfer-encoding", "connection", "keep-alive",
    };

    /// <summary>Serves on 127.0.0.1:PORT until stopped.</summary>
    public static async Task<int> RunAsync(int port, string brotliBody, string brotliHeaders, string identityBody, string identityHeaders)
    {
        var brotli = (Body: await File.ReadAllBytesAsync(brotliBody), Headers: ReadHeaders(brotliHeaders));
        var identity = (Body: await File.ReadAllBytesAsync(identityBody), Headers: ReadHeaders(identityHeaders));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });
        var app = builder.Build();
        app.Run(context =>
        {
            var (body, headers) = context.Request.Headers.AcceptEncoding == "br" ? brotli : identity;
            var responseHeaders = context.Response.Headers;
            foreach (var (name, value) in headers)
            {
                responseHeaders[name] = value;
            }

            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
        });
        await app.RunAsync();
        return 0;
    }

    // "Name: value" lines after the status line of a curl -D dump, without the connection's own.
    private static (string Name, StringValues Value)[] ReadHeaders(string file) =>
    [
        .. File.ReadLines(file).Skip(1)
            .Select(line => line.TrimEnd('\r'))
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && !Skipped.Contains(parts[0]))
            .Select(parts => (parts[0], new StringValues(parts[1].Trim()))),
    ];
}
