using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Hostile;

/// <summary>
/// Malformed front matter and section IDs. Each case is a Hindi file next to a valid Bengali one,
/// beside a copy of the real interview: the problem is reported on the right file and line with
/// what to do, the hostile interview is not published, and the real one loads unchanged.
/// </summary>
public sealed class FrontMatterAndIdCorpusTests
{
    private const string File = $"{HostileLoad.Folder}/hi.md";
    private const string TitleLine = "title: \"के साथ साक्षात्कार Emad Mostaque\"";
    private const string SingleLine = "must be a single line of text";
    private const string NotADate = "is not a date: write it as YYYY-MM-DD, e.g. 2024-03-29";
    private const string NotYaml = "): write each field as 'key: value' on one line, in quotes if the value has ': ' or starts with a symbol";
    private const string InvalidId = "is not valid: use lowercase Latin letters, digits and hyphens";

    private static readonly Dictionary<string, (string Text, int Line, string Message)> Cases = new()
    {
        ["unclosed quote"] = Replace(TitleLine, "title: \"के साथ साक्षात्कार", "title:", NotYaml),
        ["colon inside a plain value"] = Replace(TitleLine, "title: के साथ: साक्षात्कार", "title:", NotYaml),
        ["duplicate key"] = Replace("interviewer: Peter H. Diamandis", "interviewer: Peter H. Diamandis\ninterviewer: कोई और", "interviewer: कोई", "the front matter is not valid YAML (Duplicate key"),

        // Found by the property tests. A key that is an alias of itself sent YamlDotNet's alias
        // resolution into endless recursion (a stack overflow: the process died); the empty key
        // made its node builder throw ArgumentException.
        ["key that is an alias of itself"] = Replace(TitleLine, TitleLine + "\n&a [*a]: 1", "&a", "the front matter uses a YAML anchor or alias ('&name' or '*name'): write each field's value out in full"),
        ["question-mark key that is an alias of itself"] = Replace(TitleLine, TitleLine + "\n? &a [*a]\n: 1", "? &a", "uses a YAML anchor or alias"),
        ["title given by an alias"] = Replace("interviewer: Peter H. Diamandis", "interviewer: &who Peter H. Diamandis\nsubtitle: *who", "interviewer:", "uses a YAML anchor or alias"),
        ["only an entry with no key"] = ("---\n : 1. \n---\n\nपाठ।\n", 2, "the front matter is not valid YAML: write each field as 'key: value'"),
        ["tab-indented continuation"] = Replace(TitleLine, "title:\n\t- के साथ", "\t- के साथ", "this line starts with a tab: front matter fields start at the beginning of the line"),
        ["tab before a field"] = Replace("date: 2024-03-29", "\tdate: 2024-03-29", "\tdate:", "this line starts with a tab"),
        ["unclosed flow list"] = Replace("interviewer: Peter H. Diamandis", "interviewer: [Peter H. Diamandis", "interviewer:", "the front matter is not valid YAML: a '[' or '{' on this line is never closed"),
        ["title as a flow list"] = Replace(TitleLine, "title: [के साथ, साक्षात्कार]", "title:", $"front matter field 'title' {SingleLine}"),
        ["title as a block list"] = Replace(TitleLine, "title:\n  - के साथ\n  - साक्षात्कार", "title:", $"front matter field 'title' {SingleLine}"),
        ["title as a flow mapping"] = Replace(TitleLine, "title: {hi: के साथ}", "title:", $"front matter field 'title' {SingleLine}"),
        ["title as a block mapping"] = Replace(TitleLine, "title:\n  hi: के साथ\n  bn: সাক্ষাৎকার", "title:", $"front matter field 'title' {SingleLine}"),
        ["title empty"] = Replace(TitleLine, "title:", "title:", $"front matter field 'title' {SingleLine}"),
        ["date as a list"] = Replace("date: 2024-03-29", "date: [2024, 3, 29]", "date:", $"front matter field 'date' {SingleLine}"),
        ["title missing"] = Remove("title:", 1, "the front matter has no 'title' field: add 'title: …' between the '---' lines"),
        ["interviewer missing"] = Remove("interviewer:", 1, "the front matter has no 'interviewer' field: add 'interviewer: …'"),
        ["date missing"] = Remove("date:", 1, "the front matter has no 'date' field: add 'date: …'"),
        ["language missing"] = Remove("language:", 1, "the front matter has no 'language' field: add 'language: …'"),
        ["month 13 day 45"] = Replace("date: 2024-03-29", "date: 2024-13-45", "date:", $"'2024-13-45' {NotADate}"),
        ["yesterday"] = Replace("date: 2024-03-29", "date: yesterday", "date:", $"'yesterday' {NotADate}"),
        ["quoted yesterday"] = Replace("date: 2024-03-29", "date: \"yesterday\"", "date:", $"'yesterday' {NotADate}"),
        ["30 February"] = Replace("date: 2024-03-29", "date: 2024-02-30", "date:", $"'2024-02-30' {NotADate}"),
        ["date with a time"] = Replace("date: 2024-03-29", "date: 2024-03-29T10:00:00Z", "date:", $"'2024-03-29T10:00:00Z' {NotADate}"),
        ["unknown language code"] = Replace("language: hi", "language: en", "language:", "unknown language 'en': use one of hi, bn, or add the language to the table"),
        ["language code in capitals"] = Replace("language: hi", "language: HI", "language:", "unknown language 'HI': use one of hi, bn"),
        ["language with a region"] = Replace("language: hi", "language: hi-IN", "language:", "unknown language 'hi-IN'"),
        ["language by its name"] = Replace("language: hi", "language: हिन्दी", "language:", "unknown language 'हिन्दी'"),
        ["no front matter"] = (Samples.Transcript("hi")[(Samples.FrontMatter("hi").Length)..], 1, "the file has no front matter: start it with a '---' line"),
        ["front matter not closed"] = (Samples.Transcript("hi").Replace("language: hi\n---\n", "language: hi\n", StringComparison.Ordinal), 1, "the front matter is not closed: add a '---' line after its last field"),
        ["10,000 nested flow lists"] = Replace(TitleLine, "title: " + new string('[', 10_000), "title:", "the front matter nests lists or mappings too deeply: each field is 'key: value' on one line"),
        ["10,000 nested flow mappings"] = Replace(TitleLine, "title: " + string.Concat(Enumerable.Repeat("{a: ", 10_000)), "title:", "the front matter nests lists or mappings too deeply"),

        // The mapping on line 2 is level 1, so level 9 (one past the limit) opens on line 10.
        ["1,500 nested block mappings"] = Replace(TitleLine, string.Concat(Enumerable.Range(0, 1_500).Select(i => new string(' ', i) + "a:\n")).TrimEnd('\n'), 10, "the front matter nests lists or mappings too deeply"),
        ["section ID with a space"] = Body("## संस्थापक का बुलावा {#founders call}", "## ", "section ID 'founders call' is not valid: IDs have no spaces"),
        ["section ID in Devanagari"] = Body("## संस्थापक का बुलावा {#संस्थापक}", "## ", $"section ID 'संस्थापक' {InvalidId}"),
        ["section ID in Bengali"] = Body("## संस्थापक का बुलावा {#প্রতিষ্ঠাতা}", "## ", $"section ID 'প্রতিষ্ঠাতা' {InvalidId}"),
        ["section ID in capitals"] = Body("## संस्थापक का बुलावा {#Founders-Call}", "## ", $"section ID 'Founders-Call' {InvalidId}"),
        ["section ID too long"] = Body($"## संस्थापक का बुलावा {{#{new string('a', 65)}}}", "## ", InvalidId),
        ["section ID with markup"] = Body("## संस्थापक का बुलावा {#a\"><script>alert(1)</script>}", "## ", "section ID 'a\"><script>alert(1)</script>' is not valid"),
        ["section ID missing"] = Body("## संस्थापक का बुलावा", "## ", "this section heading has no ID: end it with {#section-id}"),
        ["underlined heading without ID"] = Body("संस्थापक का बुलावा\nदूसरी पंक्ति\n---", "संस्थापक का", "this section heading has no ID"),
        ["section ID empty"] = Body("## संस्थापक का बुलावा {#}", "## ", "this section heading has no ID"),
        ["section ID duplicated"] = Body("## संस्थापक {#founders-call}\n\nपाठ।\n\n## फिर से {#founders-call}", "## फिर से", "section ID 'founders-call' is used twice in this file (or is reserved): give each section its own ID"),
        ["section ID reserved for the intro"] = Body("## संस्थापक {#intro}", "## ", "section ID 'intro' is used twice in this file (or is reserved)"),
        ["section ID like a paragraph link"] = Body("## संस्थापक {#founders}\n\nपाठ।\n\n## फिर से {#founders-p1}", "## फिर से", "section ID 'founders-p1' looks like the link of a paragraph, quote or takeaway of another section"),
        ["section ID like a takeaway list link"] = Body("## संस्थापक {#founders-takeaways}", "## ", "looks like the link of a paragraph, quote or takeaway"),
        ["level-1 heading"] = Body("# संस्थापक {#founders}", "# ", "a level-1 heading: sections start with '## ' (level 2)"),
    };

    public static TheoryData<string> Names() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Load_MalformedFrontMatterOrId_IsReportedOnItsLine(string name)
    {
        var (text, line, message) = Cases[name];
        using var root = new TempContentRoot();
        root.Write(File, text);
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Error, File, line, message);
        Assert.Null(snapshot.Find(HostileLoad.Folder));
    }

    [Fact]
    public void Load_TwoFilesClaimingOneLanguage_RefusesTheOneNotNamedForIt()
    {
        using var root = new TempContentRoot();
        root.Write($"{HostileLoad.Folder}/hi.md", Samples.Transcript("hi"));
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("hi"));

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Error, $"{HostileLoad.Folder}/bn.md", 1,
            $"language 'hi' is already given by {HostileLoad.Folder}/hi.md: keep one file per language");
        Assert.Null(snapshot.Find(HostileLoad.Folder));
    }

    [Fact]
    public void Load_FileSortedBeforeTheOneNamedForItsLanguage_IsToldTheLanguageIsTaken()
    {
        using var root = new TempContentRoot();
        root.Write($"{HostileLoad.Folder}/aa.md", Samples.Transcript("hi"));
        root.Write($"{HostileLoad.Folder}/hi.md", Samples.Transcript("hi"));

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Only(
            snapshot.Problems.Where(p => p.File.StartsWith(HostileLoad.Folder, StringComparison.Ordinal)),
            ProblemSeverity.Error, $"{HostileLoad.Folder}/aa.md", 1, $"language 'hi' is already given by {HostileLoad.Folder}/hi.md");
    }

    [Fact]
    public void Load_ScriptInFrontMatterTitle_IsKeptAsPlainText()
    {
        using var root = new TempContentRoot();
        // The title keeps Hindi words: a title with no Devanagari beside a Bengali one is lost text.
        root.Write(File, Samples.Transcript("hi").Replace(TitleLine, "title: \"<script>alert(1)</script> साक्षात्कार\"", StringComparison.Ordinal));
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.None(snapshot.Problems);
        Assert.Equal("<script>alert(1)</script> साक्षात्कार", snapshot.Find(HostileLoad.Folder)!.Interview.In("hi")!.Metadata.Title);
    }

    [Fact]
    public void Load_AliasBombInFrontMatter_IsRefusedAtItsFirstAnchor()
    {
        // The "billion laughs": nine levels of nine aliases each.
        var bomb = string.Join('\n', Enumerable.Range(0, 10).Select(i =>
            i == 0 ? "l0: &l0 [\"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\", \"ha\"]"
                   : $"l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))}]"));
        var text = Samples.Transcript("hi").Replace("language: hi", "language: hi\n" + bomb, StringComparison.Ordinal);
        using var root = new TempContentRoot();
        root.Write(File, text);
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "l0:"), "uses a YAML anchor or alias");
        Assert.Null(snapshot.Find(HostileLoad.Folder));
    }

    private static (string, int, string) Replace(string line, string replacement, string marker, string message)
    {
        var text = Samples.Transcript("hi").Replace(line, replacement, StringComparison.Ordinal);
        return (text, TextLines.LineOf(text, marker), message);
    }

    private static (string, int, string) Replace(string line, string replacement, int problemLine, string message) =>
        (Samples.Transcript("hi").Replace(line, replacement, StringComparison.Ordinal), problemLine, message);

    private static (string, int, string) Remove(string field, int line, string message) =>
        (string.Join('\n', Samples.Transcript("hi").Split('\n').Where(l => !l.StartsWith(field, StringComparison.Ordinal))), line, message);

    private static (string, int, string) Body(string body, string marker, string message)
    {
        var text = Samples.WithBody("hi", $"परिचय।\n\n{body}\n\nकई लोगों के लिए, CEO होना महत्वाकांक्षा का शिखर होता है।\n");
        return (text, TextLines.LineOf(text, marker), message);
    }
}
