using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;
using InterviewReader.Content.Parsing;
using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Properties;

/// <summary>
/// For random valid transcripts (random sections, paragraphs and takeaways in random Devanagari
/// and Bengali words, with different counts in the two languages), every paragraph and takeaway
/// of each file is in the aligned output exactly once, in its language's column, in the row its
/// section and position name: nothing lost, nothing doubled, no row shifted; and each block a
/// file lacks is reported once, as a warning naming that file, and nothing else is reported.
/// </summary>
public sealed partial class AlignmentPropertyTests
{
    private const string Devanagari = "कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह";
    private const string Bengali = "কখগঘচছজঝটঠডঢণতথদধনপফবভমযরলশষসহ";

    private static readonly Gen<string> Word =
        Gen.OneOf(Gen.Char[Devanagari], Gen.Char[Bengali]).Array[1, 6].Select(letters => new string(letters));

    private static readonly Gen<string> Words = Word.Array[1, 8].Select(words => string.Join(' ', words));

    /// <summary>A paragraph: its text, and whether the file wraps it over two lines (read back as a space).</summary>
    private static readonly Gen<(string Text, bool Wrapped)> Paragraph = Gen.Select(Words, Gen.Bool);

    private static readonly Gen<(string Term, string Explanation)> Takeaway = Gen.Select(Words, Words);

    [Fact]
    public void Align_RandomValidTranscripts_PutsEveryParagraphAndTakeawayInItsRowOnce() =>
        Gen.Int[0, 6].SelectMany(sections => Gen.Select(TranscriptGen(sections), TranscriptGen(sections)))
            .Sample(
                (hi, bn) => CheckAlignment(new Dictionary<string, TranscriptSpec> { ["hi"] = hi, ["bn"] = bn }),
                iter: 400,
                print: pair => $"hi:\n{Markdown("hi", pair.Item1)}\nbn:\n{Markdown("bn", pair.Item2)}");

    private static Gen<TranscriptSpec> TranscriptGen(int sectionCount) =>
        Gen.Select(
            Paragraph.Array[0, 3],
            Gen.Select(Gen.Int[0, 4].Select(i => i > 0), Words, Paragraph.Array[0, 4], Takeaway.Array[0, 3]).Array[sectionCount],
            Gen.Int[0, 2].Select(i => i == 0),
            Words,
            (intro, sections, closing, quote) => new TranscriptSpec(
                intro,
                [.. sections.Select((s, i) => new SectionSpec($"s{i + 1}", s.Item1, s.Item2, s.Item3, s.Item4))],
                closing && sections.Any(s => s.Item1) ? quote : null));

    private static void CheckAlignment(Dictionary<string, TranscriptSpec> specs)
    {
        var problems = new List<ContentProblem>();
        var transcripts = new List<Transcript>();
        foreach (var (language, spec) in specs)
        {
            var parsed = TranscriptParser.Parse($"random/{language}.md", Encoding.UTF8.GetBytes(Markdown(language, spec)));
            Assert.DoesNotContain(parsed.Problems, p => p.Severity == ProblemSeverity.Error);
            transcripts.Add(parsed.Transcript!);
        }

        var aligned = Aligner.Align(new Interview("random", [.. transcripts]), problems);
        Assert.Equal(ExpectedWarnings(specs), Reported(problems));

        foreach (var (language, spec) in specs)
        {
            var column = aligned.ColumnOf(language);
            Assert.True(column >= 0);

            // What the file holds, by anchor: each paragraph and each takeaway once.
            var expected = new Dictionary<string, string>();
            AddParagraphs(expected, Section.IntroId, spec.Intro);
            foreach (var section in spec.Sections.Where(s => s.Present))
            {
                AddParagraphs(expected, section.Id, section.Paragraphs);
                for (var n = 0; n < section.Takeaways.Length; n++)
                {
                    expected.Add($"{section.Id}-t{n + 1}", $"{section.Takeaways[n].Term}: {section.Takeaways[n].Explanation}");
                }
            }

            // What the aligned output holds in this language's column, by anchor.
            var actual = new List<(string Anchor, string Text)>();
            foreach (var section in aligned.Sections)
            {
                foreach (var block in section.Blocks)
                {
                    if (block is AlignedRow<ParagraphBlock> row && row.First(column) is { } paragraph)
                    {
                        Assert.Equal(row.AnchorId, paragraph.AnchorId);
                        Assert.StartsWith(section.Id + "-p", row.AnchorId, StringComparison.Ordinal);
                        actual.AddRange(row.Cells[column].Select(p => (p.AnchorId, p.Text.PlainText)));
                    }
                    else if (block is AlignedTakeaways takeaways)
                    {
                        foreach (var item in takeaways.Items)
                        {
                            if (item.First(column) is { } cell)
                            {
                                Assert.Equal(item.AnchorId, cell.AnchorId);
                                actual.Add((item.AnchorId, cell.Term.PlainText + cell.Separator + cell.Explanation.PlainText));
                            }
                        }
                    }
                }
            }

            Assert.Equal(actual.Count, actual.Select(a => a.Anchor).Distinct().Count());
            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), actual.Select(a => KeyValuePair.Create(a.Anchor, a.Text)).OrderBy(e => e.Key, StringComparer.Ordinal));
        }
    }

    // One line per missing counterpart the aligner must report: "Warning random/hi.md 's2-t3'".
    // A whole section (or takeaway list) a file lacks is one warning, not one per block (or item).
    private static List<string> ExpectedWarnings(Dictionary<string, TranscriptSpec> specs)
    {
        var outlines = specs.ToDictionary(s => s.Key, s => Outline(s.Value));
        var expected = new List<string>();
        foreach (var (language, mine) in outlines)
        {
            var missing = new HashSet<string>(StringComparer.Ordinal);
            foreach (var other in outlines.Where(o => o.Key != language).Select(o => o.Value))
            {
                foreach (var (id, blocks) in other)
                {
                    if (!mine.TryGetValue(id, out var myBlocks))
                    {
                        missing.Add(id);
                        continue;
                    }

                    foreach (var (anchor, items) in blocks)
                    {
                        if (!myBlocks.TryGetValue(anchor, out var myItems))
                        {
                            missing.Add(anchor);
                            continue;
                        }

                        missing.UnionWith(items.Except(myItems, StringComparer.Ordinal));
                    }
                }
            }

            expected.AddRange(missing.Select(anchor => $"Warning random/{language}.md '{anchor}'"));
        }

        return [.. expected.Order(StringComparer.Ordinal)];
    }

    // What the aligner reported, in the form of ExpectedWarnings.
    private static List<string> Reported(IEnumerable<ContentProblem> problems) =>
        [.. problems.Select(p => $"{p.Severity} {p.File} '{Placeholder().Match(p.Message).Groups[1].Value}'").Order(StringComparer.Ordinal)];

    // The sections a file holds (by ID), each with its blocks' anchors, and a takeaway list's items' anchors.
    private static Dictionary<string, Dictionary<string, string[]>> Outline(TranscriptSpec spec)
    {
        var outline = new Dictionary<string, Dictionary<string, string[]>>(StringComparer.Ordinal);
        if (spec.Intro.Length > 0)
        {
            outline.Add(Section.IntroId, ParagraphAnchors(Section.IntroId, spec.Intro.Length));
        }

        foreach (var section in spec.Sections.Where(s => s.Present))
        {
            var blocks = ParagraphAnchors(section.Id, section.Paragraphs.Length);
            if (section.Takeaways.Length > 0)
            {
                blocks.Add($"{section.Id}-takeaways", [.. Enumerable.Range(1, section.Takeaways.Length).Select(n => $"{section.Id}-t{n}")]);
            }

            outline.Add(section.Id, blocks);
        }

        if (spec.Closing is not null)
        {
            outline.Add(Section.ClosingId, new(StringComparer.Ordinal) { [$"{Section.ClosingId}-quote"] = [] });
        }

        return outline;
    }

    private static Dictionary<string, string[]> ParagraphAnchors(string sectionId, int count) =>
        Enumerable.Range(1, count).ToDictionary(n => $"{sectionId}-p{n}", _ => Array.Empty<string>(), StringComparer.Ordinal);

    [GeneratedRegex("placeholder for '([^']+)'")]
    private static partial Regex Placeholder();

    private static void AddParagraphs(Dictionary<string, string> expected, string sectionId, (string Text, bool Wrapped)[] paragraphs)
    {
        for (var n = 0; n < paragraphs.Length; n++)
        {
            expected.Add($"{sectionId}-p{n + 1}", paragraphs[n].Text);
        }
    }

    private static string Markdown(string language, TranscriptSpec spec)
    {
        var text = new StringBuilder(Samples.FrontMatter(language));
        AppendParagraphs(text, spec.Intro);
        foreach (var section in spec.Sections.Where(s => s.Present))
        {
            text.Append("## ").Append(section.Heading).Append(" {#").Append(section.Id).Append("}\n\n");
            AppendParagraphs(text, section.Paragraphs);
            if (section.Takeaways.Length > 0)
            {
                text.Append("::: takeaways\n").Append(language == "hi" ? "मुख्य सीख:" : "মূল শিক্ষা:").Append("\n\n");
                foreach (var (term, explanation) in section.Takeaways)
                {
                    text.Append("- ").Append(term).Append(": ").Append(explanation).Append('\n');
                }

                text.Append(":::\n\n");
            }
        }

        if (spec.Closing is { } quote)
        {
            text.Append("> \"").Append(quote).Append("\" - Emad Mostaque\n");
        }

        return text.ToString();
    }

    private static void AppendParagraphs(StringBuilder text, (string Text, bool Wrapped)[] paragraphs)
    {
        foreach (var (paragraph, wrapped) in paragraphs)
        {
            var space = paragraph.IndexOf(' ', StringComparison.Ordinal);
            text.Append(wrapped && space > 0 ? paragraph.Remove(space, 1).Insert(space, "\n") : paragraph).Append("\n\n");
        }
    }

    private sealed record SectionSpec(
        string Id, bool Present, string Heading, (string Text, bool Wrapped)[] Paragraphs, (string Term, string Explanation)[] Takeaways);

    private sealed record TranscriptSpec((string Text, bool Wrapped)[] Intro, ImmutableArray<SectionSpec> Sections, string? Closing);
}
