using System.Globalization;
using BenchmarkDotNet.Running;

namespace InterviewReader.Bench;

/// <summary>
/// bench/run drives this program four ways:
/// <c>hold URL COUNT MAX_SECONDS READY_FILE STOP_FILE</c> keeps COUNT keep-alive connections open (loopback only);
/// <c>generate SOURCE_FOLDER CONTENT_ROOT COUNT</c> copies one interview folder COUNT times;
/// <c>search SOURCE_FOLDER COUNT QUERIES</c> measures the search index on COUNT copies (see <see cref="SearchBench"/>);
/// <c>floor PORT BR_BODY BR_HEADERS IDENTITY_BODY IDENTITY_HEADERS</c> serves the page from bare Kestrel (see <see cref="KestrelFloor"/>);
/// anything else goes to BenchmarkDotNet (for example <c>--filter '*' --job short</c>).
/// </summary>
/// <remarks>Not named Program: the web app's public <c>Program</c> is referenced here.</remarks>
internal static class EntryPoint
{
    public static async Task<int> Main(string[] args) => args switch
    {
        ["hold", var url, var count, var seconds, var ready, var stop] =>
            await ConnectionHolder.RunAsync(new Uri(url), int.Parse(count, CultureInfo.InvariantCulture), TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture)), ready, stop),
        ["generate", var source, var root, var count] =>
            ContentGenerator.Run(source, root, int.Parse(count, CultureInfo.InvariantCulture)),
        ["search", var source, var count, var queries] =>
            SearchBench.Run(source, int.Parse(count, CultureInfo.InvariantCulture), int.Parse(queries, CultureInfo.InvariantCulture)),
        ["floor", var port, var brotliBody, var brotliHeaders, var identityBody, var identityHeaders] =>
            await KestrelFloor.RunAsync(int.Parse(port, CultureInfo.InvariantCulture), brotliBody, brotliHeaders, identityBody, identityHeaders),
        ["hold", ..] or ["generate", ..] or ["search", ..] or ["floor", ..] => Usage(),
        [] => RunBenchmarks(["--filter", "*"]),
        _ => RunBenchmarks(args),
    };

    private static int RunBenchmarks(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(EntryPoint).Assembly).Run(args);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: hold URL COUNT MAX_SECONDS READY_FILE STOP_FILE | generate SOURCE_FOLDER CONTENT_ROOT COUNT | search SOURCE_FOLDER COUNT QUERIES | floor PORT BR_BODY BR_HEADERS IDENTITY_BODY IDENTITY_HEADERS | BenchmarkDotNet arguments");
        return 2;
    }
}
