using System.Text;
using BenchmarkDotNet.Attributes;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;
using InterviewReader.Content.Parsing;
using InterviewReader.Content.Problems;

namespace InterviewReader.Bench;

/// <summary>
/// The aligner's worst case: one section of <see cref="Sentences"/> sentence pairs (the bundled
/// pair's paragraph sentences, cycled), the Bengali side missing every 97th sentence and, in the
/// <c>Paragraphs</c> shape, every 50th paragraph of ten sentences, so neither program can pair by
/// position. <c>OneParagraph</c> puts every sentence in one row (the sentence program over the
/// whole section); <c>Paragraphs</c> makes the paragraph program pair a thousand paragraphs.
/// Run: <c>bench/run --micro</c>, or <c>dotnet run -c Release --project bench/InterviewReader.Bench -- --filter '*LongSection*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class LongSectionBenchmarks
{
    private Interview _interview = null!;

    /// <summary>Sentences per language before the drops.</summary>
    [Params(1_000, 10_000)]
    public int Sentences { get; set; }

    /// <summary>All in one paragraph, or ten to a paragraph.</summary>
    [Params("OneParagraph", "Paragraphs")]
    public string Shape { get; set; } = "";

    /// <summary>Builds and parses the two long transcripts once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var pairs = SentencePairs();
        var perParagraph = Shape == "OneParagraph" ? Sentences : 10;
        _interview = new Interview("long", [Parse("hi", pairs, perParagraph, drop: false), Parse("bn", pairs, perParagraph, drop: true)]);
    }

    /// <summary>Aligner.Align of the long section: paragraphs, then the sentences of every row.</summary>
    [Benchmark]
    public AlignedInterview AlignLongSection() => Aligner.Align(_interview, new List<ContentProblem>());

    private Transcript Parse(string language, List<(string Hi, string Bn)> pairs, int perParagraph, bool drop)
    {
        var text = new StringBuilder($"---\ntitle: \"long\"\ninterviewer: Peter H. Diamandis\ndate: 2024-03-29\nlanguage: {language}\n---\n\n## {language} {{#long}}\n\n");
        for (var start = 0; start < Sentences; start += perParagraph)
        {
            var paragraph = start / perParagraph;
            if (drop && perParagraph < Sentences && paragraph % 50 == 49)
            {
                continue;
            }

            var sentences = Enumerable.Range(start, Math.Min(perParagraph, Sentences - start))
                .Where(i => !drop || i % 97 != 96)
                .Select(i => language == "hi" ? pairs[i % pairs.Count].Hi : pairs[i % pairs.Count].Bn);
            text.Append(string.Join(' ', sentences)).Append("\n\n");
        }

        var parsed = TranscriptParser.Parse($"long/{language}.md", Encoding.UTF8.GetBytes(text.ToString()));
        return parsed.Transcript ?? throw new InvalidOperationException($"{parsed.Path} did not parse: {string.Join("; ", parsed.Problems)}");
    }

    // The bundled pair's paragraph sentences, which pair one to one by position in every row.
    private static List<(string Hi, string Bn)> SentencePairs()
    {
        List<string> Sentences(string language)
        {
            var bytes = File.ReadAllBytes(Path.Combine(RepoContent.InterviewFolder, $"{language}.md"));
            var transcript = TranscriptParser.Parse($"{RepoContent.Slug}/{language}.md", bytes).Transcript
                ?? throw new InvalidOperationException($"{language}.md did not parse");
            return [.. transcript.Sections.SelectMany(s => s.Blocks).OfType<ParagraphBlock>().SelectMany(p => p.Sentences).Select(s => s.Text.PlainText)];
        }

        var (hi, bn) = (Sentences("hi"), Sentences("bn"));
        return hi.Count == bn.Count ? [.. hi.Zip(bn)] : throw new InvalidOperationException("the bundled pair's sentences do not pair by position");
    }
}
