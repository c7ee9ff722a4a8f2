using System.Net;
using System.Net.Http.Headers;
using InterviewReader.Content.Loading;
using InterviewReader.Web.Cli;
using InterviewReader.Web.Components.Reader;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace InterviewReader.Web.Export;

/// <summary>
/// Writes the site as static files: the app itself runs (in this process, on a loopback port, in
/// Production), and every page and asset is asked of it in each coding it serves, so the files
/// hold the very bytes the app sends. Content with errors stops the export before anything is
/// written, unless told to keep going; the folder appears whole or not at all (<see cref="ExportFolder"/>).
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

    /// <summary>Runs the export; returns the process exit code (0 written, 1 refused or failed).</summary>
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
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false, UseCookies = false })
            {
                BaseAddress = new Uri(address),
            };
            var addresses = Addresses(app.Services.GetRequiredService<ContentStore>().Current, app.Environment.ApplicationName).ToList();

            using var folder = new ExportFolder(settings.Folder);
            var progress = new ProgressBar(output, showProgress, addresses.Count);
            var done = 0;
            long bytes = 0;
            var files = 0;
            var progressLock = new Lock();
            await Parallel.ForEachAsync(addresses, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, async (item, ct) =>
            {
                var (count, size) = await ExportOneAsync(client, item, folder, ct);
                Interlocked.Add(ref bytes, size);
                Interlocked.Add(ref files, count);
                lock (progressLock)
                {
                    progress.Report(++done);
                }
            });
            progress.Finish();
            folder.Commit();
            var seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
            output.WriteLine($"export: {addresses.Count} addresses, {files} files, {bytes / 1024.0 / 1024.0:0.0} MB in {settings.Folder} ({seconds:0.0} s)");
            return 0;
        }
        catch (Exception e) when (e is ExportException or IOException or UnauthorizedAccessException or HttpRequestException)
        {
            if (showProgress)
            {
                output.WriteLine();
            }

            output.WriteLine($"export: failed, nothing written to {settings.Folder}: {e.Message}");
            return 1;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Every address the export writes: the library, every view of every interview, the
    /// not-found page, and the static assets at the routes they are served under.
    /// </summary>
    internal static IEnumerable<ExportedAddress> Addresses(ContentSnapshot snapshot, string applicationName)
    {
        yield return new ExportedAddress("/", ExportLayout.PageFile("/"), HttpStatusCode.OK);
        foreach (var view in snapshot.Interviews.SelectMany(ReaderView.AllFor))
        {
            yield return new ExportedAddress(view.Url, ExportLayout.PageFile(view.Url), HttpStatusCode.OK);
        }

        // Asked for as an unknown address, as visitors meet it (re-executed at /not-found): a direct
        // first GET of /not-found itself is answered with an empty 404 today.
        yield return new ExportedAddress("/" + ExportLayout.NotFoundFile, ExportLayout.NotFoundFile, HttpStatusCode.NotFound);
        foreach (var route in StaticAssetRoutes.Read(StaticAssetRoutes.ManifestPath(AppContext.BaseDirectory, applicationName)))
        {
            yield return new ExportedAddress("/" + route, ExportLayout.AssetFile(route), HttpStatusCode.OK);
        }
    }

    // The app as it runs in production, on a loopback port of its own, with the export's settings and quiet logs.
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
            [$"{SiteOptions.Section}:BaseUrl"] = settings.BaseUrl,
            [$"{SiteOptions.Section}:SearchUrl"] = settings.SearchUrl,
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

    // The address in identity, then (for text) in Brotli and gzip beside it: the app's bytes, or,
    // where the app sends that coding for no address (static assets in a build have no .br), compressed here.
    private async Task<(int Files, long Bytes)> ExportOneAsync(HttpClient client, ExportedAddress item, ExportFolder folder, CancellationToken cancellationToken)
    {
        var (identity, mediaType, _) = await GetAsync(client, item, ContentCoding.Identity, cancellationToken);
        Write(folder, item.File, identity);
        if (!Precompression.IsText(mediaType))
        {
            return (1, identity.Length);
        }

        long size = identity.Length;
        foreach (var (coding, extension, compress) in Codings)
        {
            var (body, _, encoding) = await GetAsync(client, item, coding, cancellationToken);
            var bytes = encoding == coding ? body : compress(identity);
            Write(folder, item.File + extension, bytes);
            size += bytes.Length;
        }

        return (1 + Codings.Length, size);
    }

    private void Write(ExportFolder folder, string file, byte[] bytes)
    {
        folder.Write(file, bytes);
        FileWritten?.Invoke(file);
    }

    private static async Task<(byte[] Body, string? MediaType, string? Encoding)> GetAsync(HttpClient client, ExportedAddress item, string coding, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, item.Path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
        using var response = await client.SendAsync(request, cancellationToken);
        if (response.StatusCode != item.Status)
        {
            throw new ExportException($"{item.Path} answered {(int)response.StatusCode} {response.StatusCode}, not {(int)item.Status}");
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return (body, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentEncoding.SingleOrDefault());
    }
}
