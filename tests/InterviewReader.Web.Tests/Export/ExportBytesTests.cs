using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Export;

/// <summary>Every exported file holds the bytes the running app serves for its address and coding.</summary>
public sealed class ExportBytesTests : IDisposable
{
    private readonly TempContent _content = new TempContent().CopyBundled();
    private readonly string _target = ExportRun.NewTarget();

    [Fact]
    public async Task Export_EachFileAndItsBrAndGz_EqualWhatTheAppServes()
    {
        var (code, output) = ExportRun.Run(_content.Root, _target);
        Assert.True(code == 0, output);
        await using var factory = new ReaderAppFactory { ContentRoot = _content.Root }
            // Set up as the export sets up its app: its base URL, and no search box (no --search-url).
            .WithWebHostBuilder(b => b.UseSetting("Site:BaseUrl", ExportRun.BaseUrl).UseSetting("Site:SearchUrl", ""));
        using var client = factory.CreateClient();

        var compared = 0;
        foreach (var file in Directory.EnumerateFiles(_target, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_target, f).Replace('\\', '/')))
        {
            var (identityFile, coding) = file switch
            {
                _ when file.EndsWith(".br", StringComparison.Ordinal) => (file[..^3], "br"),
                _ when file.EndsWith(".gz", StringComparison.Ordinal) => (file[..^3], "gzip"),
                _ => (file, "identity"),
            };
            var address = AddressOf(identityFile);
            var exported = await File.ReadAllBytesAsync(Path.Combine(_target, file));
            using var request = new HttpRequestMessage(HttpMethod.Get, address);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
            using var response = await client.SendAsync(request);
            Assert.Equal(identityFile == "404.html" ? HttpStatusCode.NotFound : HttpStatusCode.OK, response.StatusCode);
            var served = await response.Content.ReadAsByteArrayAsync();
            if (coding == "identity" || response.Content.Headers.ContentEncoding.Contains(coding))
            {
                Assert.True(served.AsSpan().SequenceEqual(exported), $"{file} differs from {coding} {address}");
            }
            else
            {
                // The app sends no such coding for this address (a build's assets have .gz only): the
                // export's own compression must decode to what the app serves.
                Assert.Empty(response.Content.Headers.ContentEncoding);
                Assert.True(Decode(exported, coding).AsSpan().SequenceEqual(served), $"{file} does not decode to {address}");
            }

            compared++;
        }

        Assert.True(compared > 30, $"only {compared} files compared");
        Assert.StartsWith("<!DOCTYPE html>", await File.ReadAllTextAsync(Path.Combine(_target, "404.html")), StringComparison.Ordinal);
    }

    // The address a file answers: index.html for its folder, 404.html for any unknown address, else its own path.
    private static string AddressOf(string file) => file switch
    {
        "index.html" => "/",
        "404.html" => "/no/such/page",
        _ when file.EndsWith("/index.html", StringComparison.Ordinal) => "/" + file[..^"/index.html".Length],
        _ => "/" + file,
    };

    private static byte[] Decode(byte[] data, string coding)
    {
        using var input = new MemoryStream(data);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    public void Dispose()
    {
        _content.Dispose();
        ExportRun.Clean(_target);
    }
}
