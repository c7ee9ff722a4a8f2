using BenchmarkDotNet.Attributes;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Model;
using InterviewReader.Content.Parsing;
using InterviewReader.Content.Problems;
using InterviewReader.Content.Text;

namespace InterviewReader.Bench;

/// <summary>The content library's hot paths on the bundled interview: parse, align, render rich text, load a folder.</summary>
[MemoryDiagnoser]
public class ContentBenchmarks
{
    private string _folder = "";
    private byte[] _hindi = [];
    private byte[] _bengali = [];
    private Interview _interview = null!;
    private RichText[] _paragraphs = [];

    /// <summary>Reads the bundled files and builds the inputs once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = RepoContent.InterviewFolder;
        _hindi = File.ReadAllBytes(Path.Combine(_folder, "hi.md"));
        _bengali = File.ReadAllBytes(Path.Combine(_folder, "bn.md"));
        var hi = TranscriptParser.Parse("emad-mostaque/hi.md", _hindi).Transcript ?? throw new InvalidOperationException("hi.md did not parse");
        var bn = TranscriptParser.Parse("emad-mostaque/bn.md", _bengali).Transcript ?? throw new InvalidOperationException("bn.md did not parse");
        _interview = new Interview(RepoContent.Slug, [hi, bn]);
        _paragraphs = [.. _interview.Transcripts.SelectMany(t => t.Sections).SelectMany(s => s.Blocks).OfType<ParagraphBlock>().Select(p => p.Text)];
    }

    /// <summary>TranscriptParser.Parse on hi.md's bytes (about 21 KB).</summary>
    [Benchmark]
    public ParsedFile ParseHindi() => TranscriptParser.Parse("emad-mostaque/hi.md", _hindi);

    /// <summary>TranscriptParser.Parse on bn.md's bytes.</summary>
    [Benchmark]
    public ParsedFile ParseBengali() => TranscriptParser.Parse("emad-mostaque/bn.md", _bengali);

    /// <summary>Aligner.Align of the two parsed transcripts.</summary>
    [Benchmark]
    public AlignedInterview Align() => Aligner.Align(_interview, new List<ContentProblem>());

    /// <summary>RichTextHtml.Render of every paragraph in both languages; returns the characters written.</summary>
    [Benchmark]
    public int RenderParagraphs()
    {
        var total = 0;
        foreach (var paragraph in _paragraphs)
        {
            total += RichTextHtml.Render(paragraph).Length;
        }

        return total;
    }

    /// <summary>What start-up and live reload do per interview: read, parse and align one folder.</summary>
    [Benchmark]
    public InterviewLoadResult LoadFolder() => InterviewFolderLoader.Load(Path.GetDirectoryName(_folder)!, _folder);
}
