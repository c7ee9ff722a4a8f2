using System.Text;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Hostile;

/// <summary>
/// Bytes that are not clean UTF-8 text, and files too big or too long. Refused files are reported
/// on the line where the bytes go wrong (or line 0 for the whole file); accepted encodings give
/// exactly the transcript the plain file gives. The real interview always loads unchanged.
/// </summary>
public sealed class EncodingAndSizeCorpusTests
{
    private const string File = $"{HostileLoad.Folder}/hi.md";
    private const string NotUtf8 = "the file is not valid UTF-8 on this line: save it as UTF-8";
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static readonly string Before = Samples.WithBody("hi", "परिचय।\n\nकई लोगों के लिए, CEO होना\nमहत्वाकांक्षा का ");
    private static readonly int BadLine = TextLines.LineOf(Before, "महत्वाकांक्षा");

    private static readonly Dictionary<string, (byte[] Bytes, int Line, string Message)> Refused = new()
    {
        ["invalid byte FF"] = (Around([0xFF]), BadLine, NotUtf8),
        ["invalid byte in a CRLF file"] = (Around([0xFF], "\r\n"), BadLine, NotUtf8),
        ["invalid byte in a CR-only file"] = (Around([0xFF], "\r"), BadLine, NotUtf8),
        ["invalid byte after a BOM"] = ([.. Bom, .. Around([0xFE])], BadLine, NotUtf8),
        ["overlong NUL C0 80"] = (Around([0xC0, 0x80]), BadLine, NotUtf8),
        ["UTF-8 encoded surrogate"] = (Around([0xED, 0xA0, 0x80]), BadLine, NotUtf8),
        ["Latin-1 byte"] = (Around(Encoding.Latin1.GetBytes("é")), BadLine, NotUtf8),
        ["Devanagari letter cut short at the end of the file"] = ([.. Encoding.UTF8.GetBytes(Before), 0xE0, 0xA4], BadLine, NotUtf8),
        ["UTF-16 LE with BOM"] = (Utf16(bigEndian: false, bom: true), 1, "the file is UTF-16: save it as UTF-8"),
        ["UTF-16 BE with BOM"] = (Utf16(bigEndian: true, bom: true), 1, "the file is UTF-16: save it as UTF-8"),
        ["UTF-16 LE without BOM"] = (Utf16(bigEndian: false, bom: false), 1, "the file contains a NUL character: it is binary or corrupted; save it again as UTF-8 text"),
        ["NUL byte"] = (Around([0x00]), BadLine, "the file contains a NUL character"),
        ["NUL byte in a CR-only file"] = (Around([0x00], "\r"), BadLine, "the file contains a NUL character"),
        ["zero bytes"] = ([], 0, "the file is empty: add front matter and the transcript, or delete the file"),
        ["only a BOM"] = (Bom, 1, "the file has no front matter"),
        ["only blank lines"] = ("\n\n\r\n  \n"u8.ToArray(), 1, "the file has no front matter"),
    };

    public static TheoryData<string> RefusedCases() => [.. Refused.Keys];

    public static TheoryData<string> AcceptedLineEndings() => ["\r\n", "\r", "mixed"];

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public void Load_BadBytes_AreReportedOnTheirLine(string name)
    {
        var (bytes, line, message) = Refused[name];
        using var root = new TempContentRoot();
        root.WriteBytes(File, bytes);
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Only(InHostileFolder(snapshot), ProblemSeverity.Error, File, line, message);
        Assert.Null(snapshot.Find(HostileLoad.Folder));
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("bn")]
    public void Load_RealContentWithBom_GivesTheSameInterview(string bomLanguage)
    {
        using var root = new TempContentRoot();
        foreach (var language in new[] { "hi", "bn" })
        {
            var bytes = Encoding.UTF8.GetBytes(RealInterview.SourceText(language));
            root.WriteBytes($"{HostileLoad.Folder}/{language}.md", language == bomLanguage ? [.. Bom, .. bytes] : bytes);
        }

        var snapshot = HostileLoad.Load(root);

        AssertSameAsRealInterview(snapshot);
    }

    [Theory]
    [MemberData(nameof(AcceptedLineEndings))]
    public void Load_RealContentWithOtherLineEndings_GivesTheSameInterviewAndLines(string ending)
    {
        using var root = new TempContentRoot();
        foreach (var language in new[] { "hi", "bn" })
        {
            root.Write($"{HostileLoad.Folder}/{language}.md", WithLineEndings(RealInterview.SourceText(language), ending));
        }

        var snapshot = HostileLoad.Load(root);

        AssertSameAsRealInterview(snapshot);
    }

    [Fact]
    public void Load_TenMegabyteFile_IsRefusedBySizeWithoutBeingRead()
    {
        using var root = new TempContentRoot();
        var path = root.WriteBytes(File, []);

        // Sparse zeros: if the file were read, the parser would report a NUL character instead.
        using (var stream = new FileStream(path, FileMode.Open))
        {
            stream.SetLength(10 * 1024 * 1024);
        }

        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Only(InHostileFolder(snapshot), ProblemSeverity.Error, File, 0,
            "the file is 10,485,760 bytes, over the limit of 4,194,304 bytes (4 MB): split the interview or check the file");
    }

    [Fact]
    public void Load_FileOneByteOverTheLimit_IsRefusedAndOneAtTheLimitIsRead()
    {
        using var root = new TempContentRoot();
        var over = Samples.Transcript("hi");
        root.Write(File, over + new string(' ', (int)InterviewFolderLoader.MaxFileBytes - Encoding.UTF8.GetByteCount(over) + 1));
        var at = Samples.Transcript("bn");
        root.Write($"{HostileLoad.Folder}/bn.md", at + new string(' ', (int)InterviewFolderLoader.MaxFileBytes - Encoding.UTF8.GetByteCount(at)));

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Only(InHostileFolder(snapshot), ProblemSeverity.Error, File, 0, "the file is 4,194,305 bytes, over the limit of 4,194,304 bytes");
    }

    [Fact]
    public void Load_TenThousandSectionsInEachLanguage_AlignsInLinearTime()
    {
        using var root = new TempContentRoot();
        root.Write($"{HostileLoad.Folder}/hi.md", ManySections("hi", "s", 10_000));
        root.Write($"{HostileLoad.Folder}/bn.md", ManySections("bn", "s", 10_000));

        var (snapshot, cpu) = HostileLoad.LoadTimed(root);

        ProblemAssert.None(snapshot.Problems);
        var interview = snapshot.Find(HostileLoad.Folder)!;
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => $"s{i}"), interview.Sections.Select(s => s.Id));
        Assert.All(AlignedRows.All(interview), r => Assert.All(r.Cells, Assert.NotNull));
        Assert.True(cpu < TimeSpan.FromSeconds(5), $"10,000 sections took {cpu.TotalSeconds:0.0} s of CPU to load (it was minutes before alignment used dictionaries)");
    }

    [Fact]
    public void Load_TenThousandSectionsNoneShared_ReportsEachPairAsAMistypedIdAndPublishesNothing()
    {
        using var root = new TempContentRoot();
        var hi = ManySections("hi", "a", 10_000);
        var bn = ManySections("bn", "b", 10_000);
        root.Write($"{HostileLoad.Folder}/hi.md", hi);
        root.Write($"{HostileLoad.Folder}/bn.md", bn);

        var (snapshot, cpu) = HostileLoad.LoadTimed(root);

        Assert.Null(snapshot.Find(HostileLoad.Folder));
        var errors = InHostileFolder(snapshot).ToList();
        Assert.Equal(20_000, errors.Count);
        Assert.All(errors, p => Assert.Equal(ProblemSeverity.Error, p.Severity));
        var inBn = errors.Where(p => p.File == $"{HostileLoad.Folder}/bn.md").ToList();
        Assert.Equal(10_000, inBn.Count);
        Assert.Equal(TextLines.LineOf(bn, "{#b9999}"), inBn[^1].Line);
        Assert.StartsWith("section ID 'b9999' is not in hostile/hi.md, which has 'a9999' at this place", inBn[^1].Message, StringComparison.Ordinal);
        Assert.True(cpu < TimeSpan.FromSeconds(5), $"took {cpu.TotalSeconds:0.0} s of CPU");
    }

    [Fact]
    public void Align_TenThousandSectionsNoneShared_ReportsEachWhereItBelongs()
    {
        var hi = ManySections("hi", "a", 10_000);
        var bn = ManySections("bn", "b", 10_000);
        var transcripts = new[] { Samples.Parse(hi, $"{HostileLoad.Folder}/hi.md"), Samples.Parse(bn, $"{HostileLoad.Folder}/bn.md") }
            .Select(parsed => parsed.Transcript!).ToList();
        var problems = new List<ContentProblem>();

        var (interview, cpu) = ThreadCpuTime.Measure(() => InterviewReader.Content.Alignment.Aligner.Align(new Interview(HostileLoad.Folder, [.. transcripts]), problems));

        Assert.Equal(20_000, interview.Sections.Length);

        // A section only one file has goes right after the one before it in that file, or first:
        // bn's sections lead, so hi lacks them before its first section and bn lacks hi's after its last.
        var hiLacks = problems.Where(p => p.File == $"{HostileLoad.Folder}/hi.md").ToList();
        var bnLacks = problems.Where(p => p.File == $"{HostileLoad.Folder}/bn.md").ToList();
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => $"section 'b{i}' is in hostile/bn.md"), hiLacks.Select(p => p.Message[..p.Message.IndexOf(" but", StringComparison.Ordinal)]));
        Assert.All(hiLacks, p => Assert.Equal(1, p.Line));
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => $"section 'a{i}' is in hostile/hi.md"), bnLacks.Select(p => p.Message[..p.Message.IndexOf(" but", StringComparison.Ordinal)]));
        var afterLastSection = TextLines.LineOf(bn, "{#b9999}");
        Assert.All(bnLacks, p => Assert.Equal(afterLastSection, p.Line));
        Assert.True(cpu < TimeSpan.FromSeconds(5), $"took {cpu.TotalSeconds:0.0} s of CPU");
    }

    [Fact]
    public void Load_TenThousandParagraphsInOneSection_AlignsInLinearTime()
    {
        using var root = new TempContentRoot();
        foreach (var (language, word) in new[] { ("hi", "पाठ"), ("bn", "পাঠ") })
        {
            var body = new StringBuilder("## शीर्षक {#long}\n\n");
            for (var i = 1; i <= 10_000; i++)
            {
                body.Append(word).Append(' ').Append(i).Append("\n\n");
            }

            root.Write($"{HostileLoad.Folder}/{language}.md", Samples.WithBody(language, body.ToString()));
        }

        var (snapshot, cpu) = HostileLoad.LoadTimed(root);

        ProblemAssert.None(snapshot.Problems);
        var rows = AlignedRows.All(snapshot.Find(HostileLoad.Folder)!).ToList();
        Assert.Equal(10_000, rows.Count);
        Assert.Equal("long-p10000", rows[^1].Anchor);
        Assert.Equal("পাঠ 10000", Assert.IsType<ParagraphBlock>(rows[^1].Cells[1]).Text.PlainText);
        Assert.True(cpu < TimeSpan.FromSeconds(5), $"took {cpu.TotalSeconds:0.0} s of CPU");
    }

    private static byte[] Around(byte[] bad, string lineEnding = "\n") =>
    [
        .. Encoding.UTF8.GetBytes(WithLineEndings(Before, lineEnding)),
        .. bad,
        .. Encoding.UTF8.GetBytes(WithLineEndings(" शिखर होता है।\n\nदूसरा अनुच्छेद।\n", lineEnding)),
    ];

    private static byte[] Utf16(bool bigEndian, bool bom)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: bom);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(Samples.Transcript("hi"))];
    }

    /// <summary>
    /// The text with '\n' replaced by the ending; "mixed" cycles through '\r\n', '\n' and '\r', in
    /// that order so that a '\r' is never followed by a '\n' (which would make one ending of two).
    /// </summary>
    private static string WithLineEndings(string text, string ending)
    {
        if (ending != "mixed")
        {
            return text.Replace("\n", ending, StringComparison.Ordinal);
        }

        string[] endings = ["\r\n", "\n", "\r"];
        var lines = text.Split('\n');
        var result = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            result.Append(lines[i]);
            if (i < lines.Length - 1)
            {
                result.Append(endings[i % endings.Length]);
            }
        }

        return result.ToString();
    }

    private static string ManySections(string language, string idPrefix, int count)
    {
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            body.Append("## ").Append(language == "hi" ? "शीर्षक " : "শিরোনাম ").Append(i).Append(" {#").Append(idPrefix).Append(i).Append("}\n\n");
            body.Append(language == "hi" ? "पाठ " : "পাঠ ").Append(i).Append("\n\n");
        }

        return Samples.WithBody(language, body.ToString());
    }

    private static IEnumerable<ContentProblem> InHostileFolder(ContentSnapshot snapshot) =>
        snapshot.Problems.Where(p => p.File.StartsWith(HostileLoad.Folder + "/", StringComparison.Ordinal) || p.File == HostileLoad.Folder);

    /// <summary>The hostile folder, a copy of the real interview with other bytes, must load exactly as the real one.</summary>
    private static void AssertSameAsRealInterview(ContentSnapshot snapshot)
    {
        ProblemAssert.None(snapshot.Problems);
        var loaded = snapshot.Find(HostileLoad.Folder);
        Assert.NotNull(loaded);
        foreach (var language in new[] { "hi", "bn" })
        {
            var expected = RealInterview.Transcript(language);
            var actual = loaded.Interview.In(language)!;
            Assert.Equal(TranscriptHtml.Render(expected), TranscriptHtml.Render(actual));
            Assert.Equal(Lines(expected), Lines(actual));
            Assert.Equal(expected.Metadata, actual.Metadata);
        }
    }

    private static List<(string Anchor, int Line)> Lines(Transcript transcript) =>
    [
        .. transcript.Sections.SelectMany(s => s.Blocks.Select(b => (b.AnchorId, b.Line))
            .Concat(s.Blocks.OfType<TakeawayList>().SelectMany(l => l.Items.Select(i => (i.AnchorId, i.Line))))
            .Prepend((s.Id, s.Line))),
    ];
}
