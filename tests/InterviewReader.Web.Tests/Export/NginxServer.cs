using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace InterviewReader.Web.Tests.Export;

/// <summary>
/// nginx serving an export folder on a loopback port, configured as the README tells operators:
/// <c>gzip_static on; try_files $uri $uri/index.html =404; error_page 404 /404.html;</c>, and
/// the README's <c>Cache-Control</c> map (the app's: a year for fingerprinted files, 10 s for
/// pages, no-cache for the 404 and for files under their plain names).
/// </summary>
internal sealed class NginxServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _prefix;

    private NginxServer(Process process, string prefix, int port)
    {
        _process = process;
        _prefix = prefix;
        Address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
    }

    /// <summary>The nginx binary on this machine, or null (install it with <c>apt-get install -y nginx-light</c>).</summary>
    public static string? Binary { get; } = new[] { "/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx" }.FirstOrDefault(File.Exists);

    /// <summary>Where nginx listens.</summary>
    public Uri Address { get; }

    /// <summary>Starts nginx on the folder and waits until it accepts connections.</summary>
    public static async Task<NginxServer> StartAsync(string root)
    {
        var prefix = Path.Combine(Path.GetTempPath(), "ir-nginx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(prefix);
        var port = FreePort();
        var config = Path.Combine(prefix, "nginx.conf");
        await File.WriteAllTextAsync(config, $$"""
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
                client_body_temp_path {{prefix}}/body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                charset utf-8;
                map $uri $reader_cache_control {
                    "~^/404\.html$"                 "no-cache";
                    "~(^|/)index\.html$"            "public, max-age=10, stale-while-revalidate=60";
                    "~\.[0-9a-z]{10}\.[0-9a-z]+$"   "public, max-age=31536000, immutable";
                    "~\.[0-9a-z]+$"                 "no-cache";
                    default                         "public, max-age=10, stale-while-revalidate=60";
                }
                server {
                    listen 127.0.0.1:{{port}};
                    root {{root}};
                    gzip_static on;
                    try_files $uri $uri/index.html =404;
                    error_page 404 /404.html;
                    add_header Cache-Control $reader_cache_control always;
                }
            }
            """);
        var process = Process.Start(new ProcessStartInfo(Binary!, ["-p", prefix, "-c", config, "-g", "daemon off;"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        var server = new NginxServer(process, prefix, port);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited: {await process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
                return server;
            }
            catch (SocketException)
            {
                // Not listening yet: try again until it is, or until the timeout.
                await Task.Yield();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_prefix, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
