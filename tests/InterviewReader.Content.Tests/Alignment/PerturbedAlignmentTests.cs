using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;
using InterviewReader.Content.Tests.TestSupport;
using Xunit.Abstractions;

namespace InterviewReader.Content.Tests.Alignment;

/// <summary>
/// Link F1 of the aligner on the bundled pair and on perturbed copies of it built here (the
/// Bengali side edited in memory: sentences merged, split, dropped (inside and at the end of a
/// paragraph), inserted, swapped; paragraphs inserted, dropped, split, merged; a section
/// missing). Gold links come from the unperturbed pair, which pairs sentences 1-1 by position in
/// every row, mapped through the perturbation.
/// The figures are printed: <c>dotnet test tests/InterviewReader.Content.Tests --filter
/// FullyQualifiedName~PerturbedAlignment --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class PerturbedAlignmentTests(ITestOutputHelper output)
{
    private const string InsertedSentence = "এই বাক্যটি কেবল বাংলা সংস্করণে যোগ করা হয়েছে, হিন্দি পাঠে এর কোনো প্রতিরূপ নেই।";

    private const string InsertedParagraph =
        "এই অনুচ্ছেদটি কেবল বাংলা সংস্করণে আছে। সম্পাদক এটি পরে যোগ করেছেন, এবং হিন্দি পাঠে এর কোনো প্রতিরূপ নেই, "
        + "তাই এর বাক্যগুলোর পাশে কোনো অনুবাদ দেখানো উচিত নয়।";

    private const double Target = 0.95;

    private static readonly Lazy<IReadOnlyList<PerturbationCase>> AllCases = new(BuildCases);

    /// <summary>Every perturbed copy, for other tests that want varied content.</summary>
    internal static IReadOnlyList<PerturbationCase> Cases => AllCases.Value;

    /// <summary>The cases' names, for the theories.</summary>
    public static TheoryData<string> CaseNames => [.. AllCases.Value.Select(c => c.Name)];

    [Fact]
    public void Fixture_EveryRowPairsSentencesByPosition_LinkF1IsOne()
    {
        var aligned = Original;
        var gold = PositionalGold(aligned);
        var (precision, recall, f1) = SentenceLinks.Score(gold, SentenceLinks.Of(aligned));
        output.WriteLine($"fixture: {gold.Count} gold links, P {precision:F4} R {recall:F4} F1 {f1:F4}");
        Assert.Equal(1.0, f1);
    }

    [Fact]
    public void PerturbedSet_MicroAveragedLinkF1_AtLeastTarget()
    {
        int right = 0, found = 0, expected = 0;
        foreach (var perturbation in AllCases.Value)
        {
            var (gold, links) = GoldAndFound(perturbation);
            var hits = links.Count(gold.Contains);
            right += hits;
            found += links.Count;
            expected += gold.Count;
            var (p, r, f1) = SentenceLinks.Score(gold, links);
            output.WriteLine($"{perturbation.Name,-36} gold {gold.Count,3} found {links.Count,3} right {hits,3}  P {p:F4} R {r:F4} F1 {f1:F4}");
        }

        double precision = (double)right / found, recall = (double)right / expected;
        var micro = 2 * precision * recall / (precision + recall);
        output.WriteLine($"{"overall (micro)",-36} gold {expected,3} found {found,3} right {right,3}  P {precision:F4} R {recall:F4} F1 {micro:F4}");
        Assert.True(micro >= Target, $"micro-averaged link F1 {micro:F4} is below {Target}");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Perturbation_SpotHasExpectedRowsAndBeads(string name) =>
        Case(name).ExpectSpot(RealInterview.WithBengali(Case(name).Bengali));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Perturbation_ShiftsNoRow(string name)
    {
        var perturbed = RealInterview.WithBengali(Case(name).Bengali);
        var bengaliParagraphs = ParagraphRows(perturbed).SelectMany(r => r.Cells[1]).Select(p => p.Text.PlainText).ToHashSet();
        var checkedRows = 0;
        foreach (var row in ParagraphRows(Original))
        {
            string hi = Text(row.Cells[0][0]), bn = Text(row.Cells[1][0]);
            if (!bengaliParagraphs.Contains(bn))
            {
                continue; // the paragraph the perturbation changed; its own case says where it goes
            }

            var now = RowWith(perturbed, 0, hi);
            Assert.Equal([hi], now.Cells[0].Select(Text));
            Assert.Equal([bn], now.Cells[1].Select(Text));
            checkedRows++;
        }

        Assert.True(checkedRows >= 6, $"only {checkedRows} rows were compared");
    }

    private static AlignedInterview Original => RealInterview.Snapshot.Find(RealInterview.Slug)!;

    private static PerturbationCase Case(string name) => AllCases.Value.Single(c => c.Name == name);

    /// <summary>Gold links of a case (the fixture's, mapped through the perturbation) and the links the aligner found.</summary>
    private static (HashSet<(string, string)> Gold, HashSet<(string, string)> Found) GoldAndFound(PerturbationCase perturbation)
    {
        var perturbed = RealInterview.WithBengali(perturbation.Bengali);
        var before = BengaliSentences(Original);
        var after = BengaliSentences(perturbed);
        var changed = after.Where(s => !before.Contains(s)).ToList();
        var gold = new HashSet<(string, string)>();
        foreach (var (hi, bn) in PositionalGold(Original))
        {
            // An unchanged sentence keeps its link; a merged or split one links to the new
            // sentences made from it; a dropped one links to nothing.
            IEnumerable<string> targets = after.Contains(bn)
                ? [bn]
                : changed.Where(n => Stem(n).Contains(Stem(bn), StringComparison.Ordinal) || Stem(bn).Contains(Stem(n), StringComparison.Ordinal));
            foreach (var target in targets)
            {
                gold.Add((hi, target));
            }
        }

        return (gold, SentenceLinks.Of(perturbed));
    }

    /// <summary>The fixture's links: in every row, the i-th sentence of one language with the i-th of the other.</summary>
    private static HashSet<(string, string)> PositionalGold(AlignedInterview aligned)
    {
        var gold = new HashSet<(string, string)>();
        var pairs = 0;
        foreach (var (sentences, _) in SentenceLinks.Rows(aligned))
        {
            Assert.Equal(sentences[0].Count, sentences[1].Count);
            foreach (var (hi, bn) in sentences[0].Zip(sentences[1]))
            {
                gold.Add((hi, bn));
                pairs++;
            }
        }

        Assert.Equal(pairs, gold.Count); // sentences are unique, so a text names one sentence
        return gold;
    }

    private static HashSet<string> BengaliSentences(AlignedInterview aligned) =>
        [.. SentenceLinks.Rows(aligned).SelectMany(r => r.Sentences[1])];

    private static string Stem(string sentence) => sentence.TrimEnd('।', '?', '!', '"', ' ');

    private static IEnumerable<AlignedRow<ParagraphBlock>> ParagraphRows(AlignedInterview aligned) =>
        aligned.Sections.SelectMany(s => s.Blocks).OfType<AlignedRow<ParagraphBlock>>();

    private static AlignedRow<ParagraphBlock> RowWith(AlignedInterview aligned, int column, string paragraph) =>
        ParagraphRows(aligned).Single(r => r.Cells[column].Any(p => Text(p) == paragraph));

    private static string Text(ParagraphBlock paragraph) => paragraph.Text.PlainText;

    private static ParagraphBlock Paragraph(string language, string section, int n) =>
        RealInterview.Transcript(language).Sections.Single(s => s.Id == section).Blocks.OfType<ParagraphBlock>().ElementAt(n);

    private static List<string> Sentences(string language, string section, int n) =>
        [.. Paragraph(language, section, n).Sentences.Select(s => s.Text.PlainText)];

    /// <summary>bn.md (or an edit of it) with one of the fixture's paragraph lines replaced.</summary>
    private static string ReplaceParagraph(string section, int n, string replacement, string? source = null)
    {
        source ??= RealInterview.SourceText("bn");
        var line = Text(Paragraph("bn", section, n));
        Assert.Contains(line + "\n", source); // the paragraph is one plain line, so its text is its markdown
        return source.Replace(line + "\n", replacement + "\n", StringComparison.Ordinal);
    }

    private static string EditSentences(string section, int n, Action<List<string>> edit, string? source = null) =>
        ReplaceParagraph(section, n, Edited(section, n, edit), source);

    /// <summary>A fixture paragraph's text after an edit of its sentences.</summary>
    private static string Edited(string section, int n, Action<List<string>> edit)
    {
        var sentences = Sentences("bn", section, n);
        edit(sentences);
        return string.Join(' ', sentences);
    }

    /// <summary>bn.md (or an edit of it) without one of the fixture's paragraphs.</summary>
    private static string DropParagraph(string section, int n, string? source = null)
    {
        source ??= RealInterview.SourceText("bn");
        var line = Text(Paragraph("bn", section, n)) + "\n\n";
        Assert.Contains(line, source);
        return source.Replace(line, "", StringComparison.Ordinal);
    }

    /// <summary>Asserts the Hindi paragraph's row holds exactly these Bengali paragraphs.</summary>
    private static void PairsWith(AlignedInterview aligned, string hindi, params string[] bengali) =>
        Assert.Equal(bengali, RowWith(aligned, 0, hindi).Cells[1].Select(Text));

    /// <summary>Asserts the row has a bead of exactly these sentences, in order, per language.</summary>
    private static void HasBead(AlignedRow<ParagraphBlock> row, IEnumerable<string> hi, IEnumerable<string> bn)
    {
        var units = row.Cells.Select(c => c.SelectMany(p => p.Sentences).Select(s => s.Text.PlainText).ToArray()).ToArray();
        var beads = row.Beads.Select(b => (string.Join(" | ", b.Sentences[0].Select(i => units[0][i])), string.Join(" | ", b.Sentences[1].Select(i => units[1][i])))).ToList();
        Assert.Contains((string.Join(" | ", hi), string.Join(" | ", bn)), beads);
    }

    private static IReadOnlyList<PerturbationCase> BuildCases()
    {
        const string founders = "founders-call", centralised = "centralised-power", decentralised = "decentralised-intelligence", democracy = "democracy";
        string Hi(string section, int n, int i) => Sentences("hi", section, n)[i];
        string HiParagraph(string section, int n) => Text(Paragraph("hi", section, n));
        var bn = (string section, int n) => Sentences("bn", section, n);

        var merged = bn(founders, 0)[0].TrimEnd('।') + ", " + bn(founders, 0)[1];
        var split = bn(founders, 1)[0].Split(", ", 2);
        var (splitA, splitB) = (split[0] + "।", split[1]);
        var democracyHalves = (Head: string.Join(' ', bn(democracy, 0).Take(2)), Tail: string.Join(' ', bn(democracy, 0).Skip(2)));
        var centralisedJoined = Text(Paragraph("bn", centralised, 0)) + " " + Text(Paragraph("bn", centralised, 1));
        var source = RealInterview.SourceText("bn");
        int from = source.IndexOf("\n## ", source.IndexOf("{#centralised-power}", StringComparison.Ordinal), StringComparison.Ordinal),
            to = source.IndexOf("\n## ", source.IndexOf("{#decentralised-intelligence}", StringComparison.Ordinal), StringComparison.Ordinal);

        return
        [
            new("two sentences merged", EditSentences(founders, 0, s => { s[0] = merged; s.RemoveAt(1); }), a =>
                HasBead(RowWith(a, 0, HiParagraph(founders, 0)), [Hi(founders, 0, 0), Hi(founders, 0, 1)], [merged])),
            new("one sentence split", EditSentences(founders, 1, s => { s[0] = splitA; s.Insert(1, splitB); }), a =>
                HasBead(RowWith(a, 0, HiParagraph(founders, 1)), [Hi(founders, 1, 0)], [splitA, splitB])),
            new("one sentence dropped", EditSentences(centralised, 1, s => s.RemoveAt(1)), a =>
                HasBead(RowWith(a, 0, HiParagraph(centralised, 1)), [Hi(centralised, 1, 1)], [])),
            new("last sentence dropped", EditSentences(founders, 0, s => s.RemoveAt(s.Count - 1)), a =>
                HasBead(RowWith(a, 0, HiParagraph(founders, 0)), [Hi(founders, 0, 3)], [])),
            new("one sentence inserted", EditSentences(decentralised, 0, s => s.Insert(1, InsertedSentence)), a =>
                HasBead(RowWith(a, 0, HiParagraph(decentralised, 0)), [], [InsertedSentence])),
            new("two sentences swapped", EditSentences(democracy, 1, s => (s[0], s[1]) = (s[1], s[0])), a =>
                HasBead(RowWith(a, 0, HiParagraph(democracy, 1)), [Hi(democracy, 1, 0), Hi(democracy, 1, 1)], [bn(democracy, 1)[1], bn(democracy, 1)[0]])),
            new("paragraph inserted", ReplaceParagraph(centralised, 0, Text(Paragraph("bn", centralised, 0)) + "\n\n" + InsertedParagraph), a =>
            {
                var row = RowWith(a, 1, InsertedParagraph);
                Assert.Empty(row.Cells[0]);
                Assert.Single(row.Cells[1]);
            }),
            new("paragraph dropped", source.Replace(Text(Paragraph("bn", decentralised, 1)) + "\n\n", "", StringComparison.Ordinal), a =>
            {
                var row = RowWith(a, 0, HiParagraph(decentralised, 1));
                Assert.Single(row.Cells[0]);
                Assert.Empty(row.Cells[1]);
            }),
            new("paragraph split", ReplaceParagraph(democracy, 0, democracyHalves.Head + "\n\n" + democracyHalves.Tail), a =>
            {
                var row = RowWith(a, 0, HiParagraph(democracy, 0));
                Assert.Single(row.Cells[0]);
                Assert.Equal([democracyHalves.Head, democracyHalves.Tail], row.Cells[1].Select(Text));
            }),
            new("paragraph merged", source.Replace(Text(Paragraph("bn", centralised, 0)) + "\n\n" + Text(Paragraph("bn", centralised, 1)) + "\n", centralisedJoined + "\n", StringComparison.Ordinal), a =>
            {
                var row = RowWith(a, 0, HiParagraph(centralised, 0));
                Assert.Equal([HiParagraph(centralised, 0), HiParagraph(centralised, 1)], row.Cells[0].Select(Text));
                Assert.Equal([centralisedJoined], row.Cells[1].Select(Text));
            }),
            // Two edits in one section, as a translator makes them: a paragraph's length no longer
            // tells which paragraph it is, its words do.
            new("sentence and paragraph dropped", EditSentences(founders, 0, s => s.RemoveAt(s.Count - 1), DropParagraph(founders, 1)), a =>
            {
                PairsWith(a, HiParagraph(founders, 0), Edited(founders, 0, s => s.RemoveAt(s.Count - 1)));
                PairsWith(a, HiParagraph(founders, 1));
            }),
            new("first paragraph dropped", DropParagraph(founders, 0), a =>
            {
                PairsWith(a, HiParagraph(founders, 0));
                PairsWith(a, HiParagraph(founders, 1), Text(Paragraph("bn", founders, 1)));
            }),
            new("paragraph and sentence dropped", EditSentences(centralised, 1, s => s.RemoveAt(0), DropParagraph(centralised, 0)), a =>
            {
                PairsWith(a, HiParagraph(centralised, 0));
                PairsWith(a, HiParagraph(centralised, 1), Edited(centralised, 1, s => s.RemoveAt(0)));
            }),
            new("sentence inserted, paragraph dropped", EditSentences(decentralised, 0, s => s.Insert(1, InsertedSentence), DropParagraph(decentralised, 1)), a =>
            {
                PairsWith(a, HiParagraph(decentralised, 0), Edited(decentralised, 0, s => s.Insert(1, InsertedSentence)));
                PairsWith(a, HiParagraph(decentralised, 1));
            }),
            new("sentences merged, paragraph dropped", EditSentences(democracy, 0, s => { s[0] = s[0].TrimEnd('।') + ", " + s[1]; s.RemoveAt(1); }, DropParagraph(democracy, 1)), a =>
            {
                PairsWith(a, HiParagraph(democracy, 0), Edited(democracy, 0, s => { s[0] = s[0].TrimEnd('।') + ", " + s[1]; s.RemoveAt(1); }));
                PairsWith(a, HiParagraph(democracy, 1));
            }),
            new("section missing", source.Remove(from, to - from), a =>
            {
                var section = a.Sections.Single(s => s.Id == decentralised);
                Assert.NotNull(section.Cells[0]);
                Assert.Null(section.Cells[1]);
                Assert.NotEmpty(section.Blocks);
                Assert.All(section.Blocks.OfType<AlignedRow<ParagraphBlock>>(), r => Assert.Empty(r.Cells[1]));
            }),
        ];
    }
}
