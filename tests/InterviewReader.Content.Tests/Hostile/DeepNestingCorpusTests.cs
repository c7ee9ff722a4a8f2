using System.Text;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Parsing;
using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Hostile;

/// <summary>
/// Nesting deep enough to exhaust a stack: a stack overflow kills the process and cannot be
/// caught, so every case is loaded on a 1 MB stack (smaller than a web request's). Markdig
/// refuses block nesting past its limit and the parser reports the first line that goes too
/// deep; inline nesting Markdig accepts is cut at <see cref="InlineReader.MaxDepth"/> levels.
/// </summary>
public sealed class DeepNestingCorpusTests
{
    private const string File = $"{HostileLoad.Folder}/hi.md";
    private const string TooDeep = "quotes, lists, links or emphasis are nested too deeply here: a transcript needs at most one '> ' quote and one level of '- ' takeaways";
    private static readonly string InlineTooDeep = $"emphasis, links or brackets are nested more than {InlineReader.MaxDepth} levels deep here: remove the extra '*', '_' or '['";

    private static readonly Dictionary<string, (string Body, string Marker, string Message)> Cases = new()
    {
        ["10,000 quote levels"] = (new string('>', 10_000) + " उद्धरण", ">>>", TooDeep),
        ["10,000 spaced quote levels"] = (string.Concat(Enumerable.Repeat("> ", 10_000)) + "उद्धरण", "> > >", TooDeep),
        ["10,000 list levels on one line"] = (string.Concat(Enumerable.Repeat("- ", 10_000)) + "बिंदु", "- - -", TooDeep),
        ["10,000 numbered list levels on one line"] = (string.Concat(Enumerable.Repeat("1. ", 10_000)) + "बिंदु", "1. 1. 1.", TooDeep),
        ["5,000 quoted list levels"] = (string.Concat(Enumerable.Repeat("> - ", 5_000)) + "बिंदु", "> - > -", TooDeep),
        ["10,000 emphasis levels"] = (new string('*', 10_000) + "ज़ोर" + new string('*', 10_000), "ज़ोर", InlineTooDeep),
        ["5,000 alternating emphasis levels"] = (string.Concat(Enumerable.Repeat("*क _ख ", 5_000)) + "ग" + string.Concat(Enumerable.Repeat("_ घ*", 5_000)), "*क _ख", TooDeep),
        ["10,000 nested images"] = (string.Concat(Enumerable.Repeat("![", 10_000)) + "चित्र" + string.Concat(Enumerable.Repeat("](https://example.com/x.png)", 10_000)), "चित्र", InlineTooDeep),
        ["100,000 open brackets"] = (new string('[', 100_000), "[[[", TooDeep),
        ["10,000 emphasis levels in a heading"] = ("## " + new string('*', 10_000) + "शीर्षक" + new string('*', 10_000) + " {#deep}", "## ", InlineTooDeep),
        ["10,000 emphasis levels in a takeaway"] = ("::: takeaways\nमुख्य सीख:\n\n- शब्द: " + new string('_', 10_000) + "व्याख्या" + new string('_', 10_000) + "\n:::", "- शब्द", InlineTooDeep),
        ["10,000 emphasis levels in a quote"] = ("> " + new string('*', 10_000) + "उद्धरण" + new string('*', 10_000), "> ", InlineTooDeep),
    };

    public static TheoryData<string> Names() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Load_DeepNesting_IsReportedOnItsLineWithoutOverflowingTheStack(string name)
    {
        var (body, marker, message) = Cases[name];
        var text = Samples.WithBody("hi", $"परिचय।\n\n{body}\n\nअंतिम अनुच्छेद।\n");
        using var root = new TempContentRoot();
        root.Write(File, text);
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, marker), message);
        Assert.Null(snapshot.Find(HostileLoad.Folder));
    }

    public static TheoryData<string> OverManyLines() => ["indented lists", "fenced containers", "quotes then lists"];

    /// <summary>
    /// Nesting that builds up over many lines is reported on the first line at which the text is
    /// too deep for Markdig: the text up to that line is refused, the text before it is not.
    /// </summary>
    [Theory]
    [MemberData(nameof(OverManyLines))]
    public void Load_NestingBuiltOverManyLines_IsReportedOnTheFirstLineTooDeep(string shape)
    {
        var body = new StringBuilder();
        for (var level = 0; level < 300; level++)
        {
            _ = shape switch
            {
                "indented lists" => body.Append(' ', 2 * level).Append("- स्तर ").Append(level + 1).Append('\n'),
                "fenced containers" => body.Append(':', 303 - level).Append(" takeaways\n"),
                _ => body.Append('>', level / 2).Append(level % 2 == 0 ? " पाठ\n" : " - बिंदु\n"),
            };
        }

        var text = Samples.WithBody("hi", $"परिचय।\n\n{body}\nअंतिम अनुच्छेद।\n");
        using var root = new TempContentRoot();
        root.Write(File, text);
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));

        var snapshot = HostileLoad.Load(root);

        var problem = Assert.Single(snapshot.Problems, p => p.Message.StartsWith("quotes, lists", StringComparison.Ordinal));
        Assert.Equal(File, problem.File);
        var lines = text.Split('\n');
        Assert.InRange(problem.Line, TextLines.LineOf(text, "परिचय।") + 1, lines.Length);
        Assert.ThrowsAny<ArgumentException>(() => Markdig.Markdown.Parse(string.Join('\n', lines[..problem.Line]), MarkdownPipelines.Transcript));
        _ = Markdig.Markdown.Parse(string.Join('\n', lines[..(problem.Line - 1)]), MarkdownPipelines.Transcript);
    }

    [Fact]
    public void Load_ThousandsOfNestedLinks_AreTextAroundOneLink()
    {
        // A link cannot hold a link: only the innermost brackets are one, the rest stay visible
        // text. (3,000 levels: Markdig takes time quadratic in this nesting, seconds at 10,000.)
        var body = new string('[', 3_000) + "कड़ी" + string.Concat(Enumerable.Repeat("](https://example.com)", 3_000));
        using var root = new TempContentRoot();
        root.Write(File, Samples.WithBody("hi", body + "\n"));
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.WithBody("bn", "পাঠ।\n"));

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.None(snapshot.Problems);
        var paragraph = snapshot.Find(HostileLoad.Folder)!.Interview.In("hi")!.Sections[0].Blocks.OfType<Model.ParagraphBlock>().Single();
        Assert.Equal(body.Remove(2_999, 1).Replace("कड़ी](https://example.com)", "कड़ी", StringComparison.Ordinal), paragraph.Text.PlainText);
        Assert.Single(paragraph.Text.Nodes.OfType<Model.LinkNode>());
    }

    [Fact]
    public void Load_FourMegabytesOfOpenBrackets_IsReportedOnLineOne()
    {
        var frontMatter = Samples.FrontMatter("hi");
        var text = frontMatter + new string('[', (int)InterviewFolderLoader.MaxFileBytes - Encoding.UTF8.GetByteCount(frontMatter));
        using var root = new TempContentRoot();
        root.Write(File, text);

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "[["), TooDeep);
    }

    [Fact]
    public void Parse_NestingJustWithinTheLimit_IsRead()
    {
        var depth = InlineReader.MaxDepth - 1;
        var text = Samples.WithBody("hi", string.Concat(Enumerable.Repeat("*क _ख ", depth / 2)) + "ग" + string.Concat(Enumerable.Repeat("_ घ*", depth / 2)) + "\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.None(parsed.Problems);
        Assert.StartsWith("क ख ", parsed.Transcript!.Sections[0].Blocks.OfType<Model.ParagraphBlock>().Single().Text.PlainText, StringComparison.Ordinal);
    }
}
