using System.Net;
using System.Net.Http.Headers;
using InterviewReader.Web.Cli;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Hosting;
using InterviewReader.Web.Site;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InterviewReader.Web.Export;

/// <summary>
/// Writes the site as static files. The app itself runs in this process (in Production, on a
/// loopback port, live reload off so the content cannot change halfway): every page of the site's
/// page list (<see cref="SitePages"/>) is written from the site's stored pages
/// (<see cref="SitePageStore"/>), the very identity, Brotli and gzip bytes the app serves, and every
/// static asset is asked of the app in each coding it serves. Content with errors stops the export
/// before anything is written, unless told to keep going; the folder appears whole or not at all
/// (<see cref="ExportFolder"/>).
/// </summary>
public sealed class SiteExport(ExportSettings settings, TextWriter output, bool showProgress)
{
    private static readonly (string Coding, string Extension, Func<byte[], byte[]> Compress)[] Codings =
    [
        (ContentCoding.Brotli, ".br", b => Precompression.Brotli(b)),
        (ContentCoding.Gzip, ".gz", b => Precompression.Gzip(b)),
    ];

    /// <summary>Called after each file is written, with its relative path (a test seam, to fail midway).</summary>
    internal Action<string>? FileWritten { get; init; }

    /// <summary>Where the folder the command was typed in is, for the problems' file names.</summary>
    internal string InvokedFrom { get; init; } = Environment.CurrentDirectory;

    /// <summary>Runs the export; returns the process exit code (0 written, 1 refused, failed or stopped).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(settings.ContentRoot))
        {
            output.WriteLine($"{settings.ContentRoot}: error: there is no folder {settings.ContentRoot}: give the folder that holds the interview folders");
            return 1;
        }

        if (!ValidateCommand.Check(settings.ContentRoot, InvokedFrom, output) && !settings.KeepGoing)
        {
            output.WriteLine($"export: nothing written to {settings.Folder}: the content has errors (fix them, or export what the site would show with --keep-going)");
            return 1;
        }

        var started = TimeProvider.System.GetTimestamp();
        await using var app = BuildApp();
        await app.StartAsync(cancellationToken);
        // Ctrl+C or SIGTERM stops the app (its console lifetime): the export stops with it, writing nothing.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false, UseCookies = false })
            {
                BaseAddress = new Uri(address),
            };
            var store = app.Services.GetRequiredService<SitePageStore>();
            var pages = Pages(store.Current).ToList();
            var assets = StaticAssetRoutes.Read(StaticAssetRoutes.ManifestPath(AppContext.BaseDirectory, app.Environment.ApplicationName));

            using var folder = new ExportFolder(settings.Folder);
            var progress = new ProgressBar(output, showProgress, pages.Count + assets.Count);
            var done = 0;
            long bytes = 0;
            var files = 0;
            var progressLock = new Lock();
            void Count((int Files, long Bytes) written)
            {
                Interlocked.Add(ref bytes, written.Bytes);
                Interlocked.Add(ref files, written.Files);
                lock (progressLock)
                {
                    progress.Report(++done);
                }
            }

            var parallel = new ParallelOptions { CancellationToken = stopping.Token, MaxDegreeOfParallelism = Environment.ProcessorCount };
            await Parallel.ForEachAsync(pages, parallel, async (page, ct) => Count(WritePage(await FindAsync(store, page), folder)));
            await Parallel.ForEachAsync(assets, parallel, async (route, ct) => Count(await ExportAssetAsync(client, route, folder, ct)));
            progress.Finish();
            folder.Commit();
            var seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
            output.WriteLine($"export: {pages.Count} pages and {assets.Count} assets, {files} files, {bytes / 1024.0 / 1024.0:0.0} MB in {settings.Folder} ({seconds:0.0} s)");
            return 0;
        }
        catch (Exception e) when (e is ExportException or IOException or UnauthorizedAccessException or HttpRequestException or OperationCanceledException)
        {
            if (showProgress)
            {
                output.WriteLine();
            }

            var why = e is OperationCanceledException ? "stopped" : e.Message;
            output.WriteLine($"export: failed, nothing written to {settings.Folder}: {why}");
            return 1;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// The pages of the site's page list a folder of static files can hold: all but redirects (an
    /// interview in one language answers its address with a 302 to that language; a static host
    /// has no redirect in a file, and no page links to that address).
    /// </summary>
    internal static IEnumerable<SitePage> Pages(SiteSnapshot snapshot) =>
        snapshot.Pages.Where(page => page.Kind != SitePageKind.Redirect);

    private static async Task<StoredPage> FindAsync(SitePageStore store, SitePage page) =>
        store.Find(page.Path) is { } found
            ? await found
            : page.Kind == SitePageKind.NotFound ? await store.NotFoundAsync() : throw new ExportException($"{page.Path} is in the page list but not stored");

    // The stored page's three forms, as the app sends them.
    private (int Files, long Bytes) WritePage(StoredPage page, ExportFolder folder)
    {
        Write(folder, page.Page.FilePath, page.Identity.Body);
        Write(folder, page.Page.FilePath + ".br", page.Brotli.Body);
        Write(folder, page.Page.FilePath + ".gz", page.Gzip.Body);
        return (3, page.Bytes);
    }

    // The app as it runs in production, on a loopback port of its own, with the export's settings,
    // no live reload and quiet logs.
    private WebApplication BuildApp()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(Program).Assembly.GetName().Name,
            EnvironmentName = Environments.Production,
        });
        var quiet = new Dictionary<string, string?>
        {
            [$"{ContentOptions.Section}:Root"] = settings.ContentRoot,
            [$"{ContentOptions.Section}:PollMilliseconds"] = "0",
            [$"{SiteOptions.Section}:BaseUrl"] = settings.BaseUrl,
            [$"{SiteOptions.Section}:SearchUrl"] = settings.SearchUrl,
            // Rendered as the export asks for each page, not all at once in the background.
            [$"{SiteOptions.Section}:RenderPages"] = nameof(PageRendering.OnFirstRequest),
            ["Serilog:MinimumLevel:Default"] = "Error",
        };
        foreach (var level in builder.Configuration.GetSection("Serilog:MinimumLevel:Override").GetChildren())
        {
            quiet[level.Path] = "Error";
        }

        builder.Configuration.AddInMemoryCollection(quiet);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.AddInterviewReader().Build();
        app.UseInterviewReader();
        return app;
    }

    // A static asset in identity, then (for text) in Brotli and gzip beside it: the app's bytes, or,
    // where the app sends no such coding (a build's assets have .gz copies only), compressed here.
    private async Task<(int Files, long Bytes)> ExportAssetAsync(HttpClient client, string route, ExportFolder folder, CancellationToken cancellationToken)
    {
        var path = "/" + route;
        var file = ExportLayout.AssetFile(route);
        var (identity, mediaType, _) = await GetAsync(client, path, ContentCoding.Identity, cancellationToken);
        Write(folder, file, identity);
        if (!Precompression.IsText(mediaType))
        {
            return (1, identity.Length);
        }

        long size = identity.Length;
        foreach (var (coding, extension, compress) in Codings)
        {
            var (body, _, encoding) = await GetAsync(client, path, coding, cancellationToken);
            var bytes = encoding == coding ? body : compress(identity);
            Write(folder, file + extension, bytes);
            size += bytes.Length;
        }

        return (1 + Codings.Length, size);
    }

    private void Write(ExportFolder folder, string file, byte[] bytes)
    {
        folder.Write(file, bytes);
        FileWritten?.Invoke(file);
    }

    private static async Task<(byte[] Body, string? MediaType, string? Encoding)> GetAsync(HttpClient client, string path, string coding, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
        using var response = await client.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new ExportException($"{path} answered {(int)response.StatusCode} {response.StatusCode}, not 200");
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return (body, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentEncoding.SingleOrDefault());
    }
}
