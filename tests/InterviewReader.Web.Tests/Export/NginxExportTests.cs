using System.Net;
using System.Net.Http.Headers;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Export;

/// <summary>An export of the bundled content, served by nginx as the README configures it, reads exactly like the app.</summary>
public sealed partial class NginxExportTests : IDisposable
{
    private readonly TempContent _content = new TempContent().CopyBundled();
    private readonly string _target = ExportRun.NewTarget();

    [SkippableFact]
    public async Task Nginx_ServingTheExport_AnswersEveryAddressAsTheAppDoes()
    {
        Skip.If(NginxServer.Binary is null, "nginx is not installed here (apt-get install -y nginx-light): the export is checked against nginx only where nginx runs");
        var (code, output) = ExportRun.Run(_content.Root, _target);
        Assert.True(code == 0, output);
        await using var nginx = await NginxServer.StartAsync(_target);
        await using var factory = new ReaderAppFactory { ContentRoot = _content.Root }
            // Set up as the export sets up its app: its base URL, and no search box (no --search-url).
            .WithWebHostBuilder(b => b.UseSetting("Site:BaseUrl", ExportRun.BaseUrl).UseSetting("Site:SearchUrl", ""));
        using var app = factory.CreateClient();
        using var nginxClient = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false }) { BaseAddress = nginx.Address };

        var compared = 0;
        foreach (var address in Addresses())
        {
            foreach (var coding in new[] { "identity", "gzip" })
            {
                var ((appStatus, appType, appEncoding, appBody), appCache) = await GetWithCacheControlAsync(app, address, coding);
                var ((status, type, encoding, body), cache) = await GetWithCacheControlAsync(nginxClient, address, coding);
                Assert.True(appStatus == status, $"{address} {coding}: app {appStatus}, nginx {status}");
                Assert.True(appEncoding == encoding, $"{address} {coding}: app {appEncoding}, nginx {encoding}");
                Assert.True(appBody.AsSpan().SequenceEqual(body), $"{address} {coding}: the bodies differ");
                if (appType?.MediaType == "text/html")
                {
                    // Pages and the 404: the same type and the same lifetime.
                    Assert.Equal(appType.ToString(), type?.ToString());
                    Assert.True(appCache == cache, $"{address}: app Cache-Control {appCache}, nginx {cache}");
                }
                else if (Fingerprinted().IsMatch(address))
                {
                    Assert.Contains("immutable", appCache, StringComparison.Ordinal);
                    Assert.True(cache == "public, max-age=31536000, immutable", $"{address}: nginx Cache-Control {cache}");
                }

                compared++;
            }
        }

        Assert.True(compared > 40, $"only {compared} responses compared");
    }

    [SkippableFact]
    public async Task Nginx_BrotliOnly_GetsTheSameTextUncompressed()
    {
        // nginx-light has no Brotli module: the .br files are ignored, and a client asking for
        // Brotli alone gets identity (every browser also accepts gzip, and gets the .gz).
        Skip.If(NginxServer.Binary is null, "nginx is not installed here (apt-get install -y nginx-light)");
        var (code, output) = ExportRun.Run(_content.Root, _target);
        Assert.True(code == 0, output);
        await using var nginx = await NginxServer.StartAsync(_target);
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = nginx.Address };

        var (status, _, encoding, body) = await GetAsync(client, "/interviews/emad-mostaque", "br");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(encoding);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(_target, "interviews", "emad-mostaque", "index.html")), body);
    }

    // Every page and asset of the export by the address it is linked at, plus addresses that do not exist.
    private IEnumerable<string> Addresses()
    {
        foreach (var file in Directory.EnumerateFiles(_target, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_target, f).Replace('\\', '/')))
        {
            if (file.EndsWith(".br", StringComparison.Ordinal) || file.EndsWith(".gz", StringComparison.Ordinal) || file == "404.html")
            {
                continue;
            }

            yield return file == "index.html" ? "/"
                : file.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + file[..^"/index.html".Length]
                : "/" + file;
        }

        yield return "/no/such/page";
        yield return "/interviews/no-such-interview";
        yield return "/interviews/emad-mostaque/xx";
    }

    private static async Task<(HttpStatusCode Status, MediaTypeHeaderValue? Type, string? Encoding, byte[] Body)> GetAsync(HttpClient client, string address, string coding) =>
        (await GetWithCacheControlAsync(client, address, coding)).Response;

    private static async Task<((HttpStatusCode Status, MediaTypeHeaderValue? Type, string? Encoding, byte[] Body) Response, string? CacheControl)> GetWithCacheControlAsync(HttpClient client, string address, string coding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        return ((response.StatusCode, response.Content.Headers.ContentType, response.Content.Headers.ContentEncoding.SingleOrDefault(), body), response.Headers.CacheControl?.ToString());
    }

    public void Dispose()
    {
        _content.Dispose();
        ExportRun.Clean(_target);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\.[0-9a-z]{10}\.[0-9a-z]+$")]
    private static partial System.Text.RegularExpressions.Regex Fingerprinted();
}
