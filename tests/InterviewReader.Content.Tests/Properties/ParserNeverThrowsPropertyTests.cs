using System.Text;
using CsCheck;
using InterviewReader.Content.Parsing;
using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;
using InterviewReader.Content.Text;

namespace InterviewReader.Content.Tests.Properties;

/// <summary>
/// Whatever the bytes, <see cref="TranscriptParser.Parse"/> returns: it never throws, every
/// problem names the file and a line inside it, a transcript comes back exactly when there is no
/// error, and whatever it holds renders as inert HTML.
/// </summary>
public sealed class ParserNeverThrowsPropertyTests
{
    private const string Path = "random/hi.md";

    /// <summary>The characters Markdown gives meaning to, line endings, spaces, and letters of both scripts.</summary>
    private const string Alphabet = "#{}-:>*_[]()<>`\n\r  \tकखग्िাকখ্ি!&;=\"'|\\.1x";

    /// <summary>Pieces that make Markdown structures more often than single characters do.</summary>
    private static readonly string[] Tokens =
    [
        "\n", "\n\n", "\r\n", "\r", " ", "## ", "# ", "{#", "{#founders-call}", "}", "- ", "1. ", "> ", ":::", "::: takeaways\n",
        "*", "**", "_", "[", "](", ")", "](https://example.com)", "](javascript:alert(1))", "![", "<", ">", "</", "<script>",
        "<img src=x onerror=alert(1)>", "`", "```", "&#x61;", "&lt;", ": ", " - ", "\"", "{.c onclick=x}", "---\n", "    ",
        "संस्थापक", "মুখ্য সীখ", "शब्द: व्याख्या", "Key Learnings:",
    ];

    /// <summary>Pieces of YAML: indicators, anchors and aliases, tags, directives, and the known fields.</summary>
    private static readonly string[] YamlTokens =
    [
        "\n", "\r\n", " ", "  ", "\t", ":", ": ", " : ", "- ", "? ", "[", "]", "{", "}", ",", "&a ", "*a", "!!str ", "!x ", "|", ">", "'", "\"",
        "#", "%YAML 1.2\n", "--- ", "...", "title", "date", "language", "interviewer", "2024-03-29", "hi", "1.", "संस्थापक", "~", "null",
    ];

    private static readonly Gen<string> FrontMatter = Gen.OneOf(
        Gen.Const(""),
        Gen.Const(Samples.FrontMatter("hi")),
        Gen.Const("---\ntitle: x\ninterviewer: y\ndate: 2024-03-29\nlanguage: hi\n---\n"),
        Gen.Const("---\r\ntitle: x\r\ninterviewer: y\r\ndate: 2024-03-29\r\nlanguage: hi\r\n---\r\n"));

    private static readonly Gen<string> MarkdownishChars = Gen.Char[Alphabet].Array[0, 300].Select(chars => new string(chars));

    private static readonly Gen<string> MarkdownishTokens = Gen.OneOf(Tokens).Array[0, 80].Select(string.Concat);

    private static readonly Gen<string> YamlishTokens = Gen.OneOf(YamlTokens).Array[0, 40].Select(string.Concat);

    [Fact]
    public void Parse_ArbitraryBytes_NeverThrows() =>
        Gen.Byte.Array[0, 600].Sample(CheckParse, iter: 3_000);

    [Fact]
    public void Parse_ArbitraryBytesAfterValidFrontMatter_NeverThrows() =>
        Gen.Byte.Array[0, 600].Select(bytes => (byte[])[.. Encoding.UTF8.GetBytes(Samples.FrontMatter("hi")), .. bytes])
            .Sample(CheckParse, iter: 2_000);

    [Fact]
    public void Parse_MarkdownishCharacters_NeverThrows() =>
        Gen.Select(FrontMatter, MarkdownishChars, (front, body) => front + body)
            .Sample(text => CheckParse(Encoding.UTF8.GetBytes(text)), iter: 4_000, print: text => text);

    [Fact]
    public void Parse_MarkdownishTokens_NeverThrows() =>
        Gen.Select(FrontMatter, MarkdownishTokens, (front, body) => front + body)
            .Sample(text => CheckParse(Encoding.UTF8.GetBytes(text)), iter: 4_000, print: text => text);

    [Fact]
    public void Parse_YamlishFrontMatter_NeverThrows() =>
        Gen.Select(YamlishTokens, MarkdownishTokens, (yaml, body) => $"---\n{yaml}\n---\n{body}")
            .Sample(text => CheckParse(Encoding.UTF8.GetBytes(text)), iter: 2_000, print: text => text);

    private static void CheckParse(byte[] bytes)
    {
        var parsed = TranscriptParser.Parse(Path, bytes);

        var lines = LineCount(bytes);
        foreach (var problem in parsed.Problems)
        {
            Assert.Equal(Path, problem.File);
            Assert.InRange(problem.Line, 0, lines);
            Assert.False(string.IsNullOrWhiteSpace(problem.Message));
        }

        var hasErrors = parsed.Problems.Any(p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(hasErrors, parsed.Transcript is null);
        if (parsed.Transcript is { } transcript)
        {
            Assert.All(ModelRichTexts.Of(transcript), text => InertHtmlAssert.IsInert(RichTextHtml.Render(text)));
        }
    }

    /// <summary>How many lines the bytes have, counting '\r\n', '\r' and '\n' each as one ending.</summary>
    private static int LineCount(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return text.Count(c => c == '\n') + 1;
    }
}
