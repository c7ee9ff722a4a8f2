using System.Diagnostics;
using System.Globalization;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Search;
using InterviewReader.Content.Text;

namespace InterviewReader.Bench;

/// <summary>
/// <c>search SOURCE_FOLDER COUNT QUERIES</c>: copies the interview COUNT times into a temporary
/// root, loads it, and reports the search index's build time (median of three builds), the
/// memory it holds (managed heap after a full collection, with and without it), and the time of
/// QUERIES searches (p50, p99, max) for words of the interview in both scripts, three-akshara
/// prefixes of its long words, and its Latin words, in a fixed shuffled order.
/// </summary>
internal static class SearchBench
{
    public static int Run(string sourceFolder, int count, int queries)
    {
        var root = Directory.CreateTempSubdirectory("ir-search-bench-").FullName;
        try
        {
            ContentGenerator.Run(sourceFolder, root, count);
            var snapshot = ContentLibrary.Load(root);
            var builds = new List<double>();
            var cpu = new List<double>();
            SearchIndex? index = null;
            long before = 0, after = 0;
            for (var i = 0; i < 3; i++)
            {
                index = null;
                before = GC.GetTotalMemory(forceFullCollection: true);
                var clock = Stopwatch.StartNew();
                var processor = Process.GetCurrentProcess().TotalProcessorTime;
                index = SearchIndex.Build(snapshot.Interviews);
                builds.Add(clock.Elapsed.TotalMilliseconds);
                cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - processor).TotalMilliseconds);
                after = GC.GetTotalMemory(forceFullCollection: true);
            }

            var words = Words(sourceFolder);
            var random = new Random(10);
            var times = new List<double>(queries);
            var hits = 0L;
            for (var i = 0; i < queries + 100; i++)
            {
                var query = SearchQuery.Parse(words[random.Next(words.Count)]);
                var clock = Stopwatch.StartNew();
                var results = index!.Search(query);
                var elapsed = clock.Elapsed.TotalMilliseconds;
                if (i >= 100)
                {
                    times.Add(elapsed); // the first 100 warm up the JIT
                    hits += results.TotalHits;
                }
            }

            var keying = Stopwatch.StartNew();
            var tokens = snapshot.Interviews.SelectMany(i => SearchPassages.Of(i.Interview)).Sum(p => SearchTokens.Split(p.Text).Count());
            var keyingMs = keying.Elapsed.TotalMilliseconds;
            builds.Sort();
            cpu.Sort();
            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search: {count} interviews, {index!.PassageCount} passages"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search: index build {builds[1]:0} ms (median of 3: {string.Join(", ", builds.Select(b => b.ToString("0", CultureInfo.InvariantCulture)))} ms; CPU {cpu[1]:0} ms, of which splitting and keying {tokens} words {keyingMs:0} ms)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search: index memory {(after - before) / 1048576.0:0.0} MB (managed heap {before / 1048576.0:0} MB without it, {after / 1048576.0:0} MB with it)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search: {queries} queries ({words.Count} distinct), p50 {Percentile(times, 0.50):0.00} ms, p99 {Percentile(times, 0.99):0.00} ms, max {times[^1]:0.00} ms, {hits / (double)queries:0} hits per query on average"));
            GC.KeepAlive(index);
            return 0;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    // Every word of the interview's files, and the first three aksharas of those longer than that.
    private static List<string> Words(string folder)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.md"))
        {
            var text = File.ReadAllText(file);
            foreach (var token in SearchTokens.Split(text))
            {
                var word = text.Substring(token.Start, token.Length);
                words.Add(word);
                var (cut, starts) = (word.Length, 0);
                for (var j = 1; j < word.Length; j++)
                {
                    if (Aksharas.IsBoundary(word, j) && ++starts == 3)
                    {
                        cut = j;
                        break;
                    }
                }

                if (cut < word.Length)
                {
                    words.Add(word[..cut]);
                }
            }
        }

        return [.. words.Order(StringComparer.Ordinal)];
    }
}
