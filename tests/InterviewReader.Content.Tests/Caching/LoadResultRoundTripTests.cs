using InterviewReader.Content.Alignment;
using InterviewReader.Content.Caching;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Model;
using InterviewReader.Content.Tests.Alignment;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Caching;

/// <summary>
/// What the load cache keeps must read back as exactly what was loaded: every value, and the same
/// sharing (a row's cells are its transcripts' blocks). Damaged bytes are refused, never misread.
/// </summary>
public sealed class LoadResultRoundTripTests
{
    private const string RichHindi = """
        ---
        language: hi
        title: "परीक्षण *साक्षात्कार*"
        interviewer: "पीटर"
        date: 2025-01-02
        ---

        पहला अनुच्छेद *ज़ोर* और **गहरा ज़ोर**, एक [कड़ी](https://example.org/a) और `कोड` के साथ।\
        दूसरी पंक्ति।

        दूसरा अनुच्छेद। यह भी। {align=none}

        ## पहला खंड {#first}

        खंड का अनुच्छेद।

        ::: takeaways
        मुख्य बातें:

        - **पहली बात**: इसकी व्याख्या। दूसरा वाक्य।
        - दूसरी बात: इसकी व्याख्या।
        :::

        > "यह एक उद्धरण है।" - वक्ता

        """;

    private const string RichBengali = """
        ---
        language: bn
        title: "পরীক্ষা সাক্ষাৎকার"
        interviewer: "পিটার"
        date: 2025-01-02
        ---

        প্রথম অনুচ্ছেদ *জোর* দিয়ে, একটি [লিঙ্ক](https://example.org/b) সহ।

        ## প্রথম খণ্ড {#first}

        খণ্ডের অনুচ্ছেদ।

        ::: takeaways
        মূল কথা:

        - প্রথম কথা: এর ব্যাখ্যা।
        :::

        """;

    public static TheoryData<string> Perturbations => [.. PerturbedAlignmentTests.Cases.Select(c => c.Name)];

    [Fact]
    public void Fixture_ReadsBackAsLoaded()
    {
        var loaded = LoadFixture();
        Assert.NotNull(loaded.Interview);

        AssertRoundTrip(loaded);
    }

    [Theory]
    [MemberData(nameof(Perturbations))]
    public void PerturbedCopy_ReadsBackAsLoaded(string name)
    {
        using var root = new TempContentRoot();
        root.Write($"{RealInterview.Slug}/hi.md", RealInterview.SourceText("hi"));
        root.Write($"{RealInterview.Slug}/bn.md", PerturbedAlignmentTests.Cases.Single(c => c.Name == name).Bengali);
        var loaded = InterviewFolderLoader.Load(root.Root, Path.Combine(root.Root, RealInterview.Slug));
        Assert.NotNull(loaded.Interview);

        AssertRoundTrip(loaded);
    }

    [Fact]
    public void EmphasisLinksCodeBreaksQuotesMarkersAndWarnings_ReadBackAsLoaded()
    {
        var loaded = LoadRich();
        Assert.True(loaded.Interview is not null, string.Join("\n", loaded.Problems));
        Assert.NotEmpty(loaded.Problems);
        var nodes = ModelRichTexts.Of(loaded.Interview).SelectMany(t => t.Nodes).SelectMany(Flatten).Select(n => n.GetType()).ToHashSet();
        Assert.Superset(new HashSet<Type> { typeof(TextNode), typeof(EmphasisNode), typeof(LinkNode), typeof(CodeNode), typeof(LineBreakNode) }, nodes);
        var blocks = loaded.Interview.Interview.Transcripts.SelectMany(t => t.Sections).SelectMany(s => s.Blocks).ToList();
        Assert.Contains(blocks, b => b is QuoteBlock { Attribution: not null });
        Assert.Contains(blocks, b => b is ParagraphBlock { Align: not null });

        AssertRoundTrip(loaded);
    }

    [Fact]
    public void FolderWithErrors_ReadsBackWithItsProblemsAndNoInterview()
    {
        using var root = new TempContentRoot();
        root.Write("broken/hi.md", "---\nlanguage: hi\n---\n\nबिना शीर्षक।\n");
        var loaded = InterviewFolderLoader.Load(root.Root, Path.Combine(root.Root, "broken"));
        Assert.Null(loaded.Interview);
        Assert.NotEmpty(loaded.Problems);

        AssertRoundTrip(loaded);
    }

    [Fact]
    public void ReadBack_RowsShareTheTranscriptsBlocks()
    {
        var loaded = LoadFixture();
        var copy = ReadBack(Bytes(loaded)).Interview!;

        var inTranscripts = copy.Interview.Transcripts.SelectMany(t => t.Sections)
            .SelectMany(s => s.Blocks.Cast<object>().Prepend(s).Concat(s.Blocks.OfType<TakeawayList>().SelectMany(l => l.Items)))
            .ToHashSet(ReferenceEqualityComparer.Instance);
        var inRows = copy.Sections.SelectMany(s => s.Cells.Cast<object?>().Concat(s.Blocks.SelectMany(CellsOf))).OfType<object>().ToList();
        Assert.NotEmpty(inRows);
        Assert.All(inRows, cell => Assert.Contains(cell, inTranscripts));
    }

    [Fact]
    public void CutShort_AtAnyLength_IsRefusedAsInvalidData()
    {
        var bytes = Bytes(LoadFixture());

        for (var length = 0; length < bytes.Length; length += 1 + (length / 50))
        {
            var cut = bytes[..length];
            Assert.Throws<InvalidDataException>(() => ReadBack(cut));
        }

        Assert.Throws<InvalidDataException>(() => ReadBack([.. bytes, 0]));
    }

    [Fact]
    public void ChangedByte_IsReadOrRefusedAsInvalidData_NeverAnotherException()
    {
        var bytes = Bytes(LoadFixture());
        var random = new Random(20261201);
        for (var i = 0; i < 400; i++)
        {
            var changed = (byte[])bytes.Clone();
            changed[random.Next(changed.Length)] ^= (byte)(1 << random.Next(8));
            try
            {
                ReadBack(changed);
            }
            catch (InvalidDataException)
            {
                // Refused: the cache then loads the folder from its files.
            }
        }
    }

    [Fact]
    public void LinkThePolicyRefuses_IsRefused()
    {
        var bytes = Bytes(LoadRich());
        var allowed = System.Text.Encoding.UTF8.GetBytes("https://example.org/a");
        var refused = System.Text.Encoding.UTF8.GetBytes("javascript:alert(1)//");
        var at = bytes.AsSpan().IndexOf(allowed);
        Assert.True(at > 0);
        refused.CopyTo(bytes, at);

        Assert.Throws<InvalidDataException>(() => ReadBack(bytes));
    }

    [Fact]
    public void OtherVersion_IsRefused()
    {
        var bytes = Bytes(LoadFixture());
        BitConverter.GetBytes(LoadResultWriter.Version + 1).CopyTo(bytes, 0);

        var refused = Assert.Throws<InvalidDataException>(() => ReadBack(bytes));
        Assert.Contains("version", refused.Message, StringComparison.Ordinal);
    }

    private static InterviewLoadResult LoadFixture() =>
        InterviewFolderLoader.Load(RepoPaths.FixtureContent, Path.Combine(RepoPaths.FixtureContent, RepoPaths.FixtureSlug));

    private static InterviewLoadResult LoadRich()
    {
        using var root = new TempContentRoot();
        root.Write("rich/hi.md", RichHindi);
        root.Write("rich/bn.md", RichBengali);
        return InterviewFolderLoader.Load(root.Root, Path.Combine(root.Root, "rich"));
    }

    private static void AssertRoundTrip(InterviewLoadResult loaded)
    {
        var bytes = Bytes(loaded);
        var copy = ReadBack(bytes);

        Assert.Equal(ObjectDump.Of(loaded), ObjectDump.Of(copy));
        Assert.Equal(bytes, Bytes(copy));
    }

    private static byte[] Bytes(InterviewLoadResult result)
    {
        using var stream = new MemoryStream();
        LoadResultWriter.Write(stream, result);
        return stream.ToArray();
    }

    private static InterviewLoadResult ReadBack(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return LoadResultReader.Read(stream);
    }

    private static IEnumerable<InlineNode> Flatten(InlineNode node) => node switch
    {
        EmphasisNode e => e.Children.SelectMany(Flatten).Prepend(node),
        LinkNode l => l.Children.SelectMany(Flatten).Prepend(node),
        _ => [node],
    };

    private static IEnumerable<object?> CellsOf(AlignedBlock block) => block switch
    {
        AlignedRow<ParagraphBlock> row => row.Cells.SelectMany(c => c),
        AlignedRow<QuoteBlock> row => row.Cells.SelectMany(c => c),
        AlignedTakeaways takeaways => takeaways.Lists.Cast<object?>().Concat(takeaways.Items.SelectMany(i => i.Cells.SelectMany(c => c))),
        _ => throw new InvalidOperationException(block.GetType().Name),
    };
}
