using System.Collections.Immutable;
using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;

namespace InterviewReader.Content.Alignment;

/// <summary>
/// Aligns the transcripts of an interview: sections by ID, blocks and takeaway items by their
/// anchors (section and position). A block one language lacks becomes an empty cell, reported
/// as a warning; rows never shift. Lookups are by dictionary, so a long transcript aligns in
/// linear time.
/// </summary>
public static class Aligner
{
    /// <summary>Aligns an interview's transcripts and reports every missing counterpart.</summary>
    /// <param name="interview">The interview whose transcripts are aligned.</param>
    /// <param name="problems">Receives a warning for every missing counterpart.</param>
    public static AlignedInterview Align(Interview interview, ICollection<ContentProblem> problems)
    {
        var transcripts = interview.Transcripts;
        var sectionIds = OrderedUnion.Of(transcripts.Select(t => t.Sections.Select(s => s.Id)));
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in sectionIds)
        {
            position.Add(id, position.Count);
        }

        SectionOrder.Report(transcripts, sectionIds, position, problems);
        var byId = transcripts.Select(t => Index(t.Sections, s => s.Id)).ToList();
        var before = transcripts.Select(t => new PrecedingSections(t.Sections, position)).ToList();
        var sections = ImmutableArray.CreateBuilder<AlignedSection>();
        foreach (var id in sectionIds)
        {
            var cells = Cells(byId, id);
            var report = new MissingReporter(transcripts, problems);
            report.Missing(cells, id, $"section '{id}'", i => before[i].LastBefore(position[id]) is { } previous
                ? new Place(previous.Line, "after the section that starts at this line")
                : new Place(1, "before the first section"));
            sections.Add(new AlignedSection(id, cells, AlignBlocks(cells, report)));
        }

        return new AlignedInterview(interview, sections.ToImmutable());
    }

    private static ImmutableArray<AlignedBlock> AlignBlocks(ImmutableArray<Section?> sections, MissingReporter report)
    {
        // Quotes and takeaway lists pair by anchor; the paragraphs between two of them are a run, aligned by content.
        var fixedAnchors = OrderedUnion.Of(sections.Select(s => s?.Blocks.Where(b => b is not ParagraphBlock).Select(b => b.AnchorId) ?? []));
        var byAnchor = sections.Select(s => Index(s?.Blocks.Where(b => b is not ParagraphBlock) ?? [], b => b.AnchorId)).ToList();
        var runs = sections.Select(Runs).ToList();
        var rows = ImmutableArray.CreateBuilder<AlignedBlock>();
        var anchors = new RowAnchors(sections, report.LanguageCodes);

        // A section missing in some language is reported once, for the section, not once per block.
        report = sections.Any(s => s is null) ? report.Silent() : report;

        // Per language, where a missing block goes: after the last block it has before it.
        var places = sections.Select(s => new Place(s?.Line ?? 1, "as the section's first block, after this line")).ToArray();
        foreach (var key in fixedAnchors.Prepend(""))
        {
            if (key.Length > 0)
            {
                var cells = Cells(byAnchor, key);
                rows.Add(cells.FirstOrDefault(c => c is not null) switch
                {
                    TakeawayList => AlignTakeaways(key, [.. cells.Select(c => c as TakeawayList)], places, report),
                    _ => Row<QuoteBlock>(key, cells, places, report, "quote"),
                });
                MoveAfter(places, [.. cells.Select(c => c?.Line)], "after the block that starts at this line");
            }

            foreach (var row in ParagraphAligner.Rows([.. runs.Select(r => r.GetValueOrDefault(key) ?? [])]))
            {
                var anchor = anchors.For(row);
                var has = row.Cells.Select(c => !c.IsEmpty).ToImmutableArray();
                report.Missing(has, anchor, $"paragraph '{anchor}'", i => places[i], row.Chosen ? MissingReporter.MarkerHint : null);
                if (row.Chosen && row.Cells.All(c => !c.IsEmpty) && row.Cells.Any(c => c.Length > 1))
                {
                    report.Joined(row.Cells, row.Confidence);
                }

                rows.Add(RowOf(anchor, row.Cells, report) with { Confidence = row.Confidence });
                MoveAfter(places, [.. row.Cells.Select(c => c.IsEmpty ? (int?)null : c[^1].Line)], "after the block that starts at this line");
            }
        }

        return rows.ToImmutable();
    }

    // A section's paragraphs by run: the anchor of the quote or list before them ("" before any).
    private static Dictionary<string, IReadOnlyList<ParagraphBlock>> Runs(Section? section)
    {
        var runs = new Dictionary<string, List<ParagraphBlock>>(StringComparer.Ordinal);
        var key = "";
        foreach (var block in section?.Blocks ?? [])
        {
            if (block is ParagraphBlock paragraph)
            {
                (runs.TryGetValue(key, out var run) ? run : runs[key] = []).Add(paragraph);
            }
            else
            {
                key = block.AnchorId;
            }
        }

        return runs.ToDictionary(r => r.Key, r => (IReadOnlyList<ParagraphBlock>)r.Value, StringComparer.Ordinal);
    }

    private static AlignedTakeaways AlignTakeaways(
        string anchor, ImmutableArray<TakeawayList?> lists, Place[] blockPlaces, MissingReporter report)
    {
        report.Missing(lists, anchor, $"takeaway list '{anchor}'", i => blockPlaces[i]);

        // A list one language lacks is reported once, for the list, not once per item.
        report = lists.Any(l => l is null) ? report.Silent() : report;
        var places = lists.Select(l => new Place(l?.Line ?? 1, "as the list's first takeaway, after its label")).ToArray();
        var itemAnchors = OrderedUnion.Of(lists.Select(l => l?.Items.Select(item => item.AnchorId) ?? []));
        var byAnchor = lists.Select(l => Index(l?.Items ?? [], item => item.AnchorId)).ToList();
        var items = ImmutableArray.CreateBuilder<AlignedRow<TakeawayItem>>();
        foreach (var itemAnchor in itemAnchors)
        {
            var cells = Cells(byAnchor, itemAnchor);
            report.Missing(cells, itemAnchor, $"takeaway '{itemAnchor}'", i => places[i]);
            MoveAfter(places, [.. cells.Select(c => c?.Line)], "after the takeaway on this line");
            items.Add(RowOf(itemAnchor, Blocks(cells), report));
        }

        return new AlignedTakeaways(anchor, lists, items.ToImmutable());
    }

    private static AlignedRow<T> Row<T>(
        string anchor, ImmutableArray<Block?> cells, Place[] places, MissingReporter report, string kind)
        where T : Block
    {
        // Anchors name the kind of block (-p, -q), so cells under one anchor share their kind.
        var typed = cells.Select(c => c as T).ToImmutableArray();
        report.Missing(typed, anchor, $"{kind} '{anchor}'", i => places[i]);
        return RowOf(anchor, Blocks(typed), report);
    }

    private static ImmutableArray<ImmutableArray<T>> Blocks<T>(ImmutableArray<T?> cells)
        where T : class =>
        [.. cells.Select(c => c is null ? ImmutableArray<T>.Empty : [c])];

    // A row, its sentences aligned; each sentence left without a counterpart beside one that has sentences is reported.
    private static AlignedRow<T> RowOf<T>(string anchor, ImmutableArray<ImmutableArray<T>> blocks, MissingReporter report)
        where T : class
    {
        var sentences = blocks.Select(cell => cell.Select(b => SentenceUnits.Of(b)).ToList()).ToList();
        var beads = SentenceAligner.Beads(anchor, [.. sentences.Select(cell => (IReadOnlyList<string>)[.. cell.SelectMany(b => b)])]);
        if (sentences.Count > 1 && sentences.All(cell => cell.Sum(b => b.Length) > 0))
        {
            foreach (var bead in beads)
            {
                for (var column = 0; column < bead.Sentences.Length; column++)
                {
                    if (bead.Sentences[column] is [var only] && bead.Sentences.Where((_, c) => c != column).All(s => s.IsEmpty))
                    {
                        var (block, text) = Locate(sentences[column], only);
                        report.Unpaired(column, LineOf(blocks[column][block]), text, anchor);
                    }
                }
            }
        }

        return new AlignedRow<T>(anchor, blocks) { Beads = beads };
    }

    // Which block of a cell holds its n-th sentence (counted over the cell), and that sentence.
    private static (int Block, string Text) Locate(List<ImmutableArray<string>> cell, int index)
    {
        for (var b = 0; b < cell.Count; b++)
        {
            if (index < cell[b].Length)
            {
                return (b, cell[b][index]);
            }

            index -= cell[b].Length;
        }

        throw new ArgumentOutOfRangeException(nameof(index));
    }

    private static int LineOf(object block) => block switch
    {
        Block b => b.Line,
        TakeawayItem t => t.Line,
        _ => 1,
    };

    // Each language that has this row: what it lacks next goes after the row's line there.
    private static void MoveAfter(Place[] places, ImmutableArray<int?> lines, string how)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] is { } line)
            {
                places[i] = new Place(line, how);
            }
        }
    }

    /// <summary>Items by key; when a key repeats, the first item keeps it (as a search from the start would find).</summary>
    private static Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var index = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            index.TryAdd(key(item), item);
        }

        return index;
    }

    private static ImmutableArray<T?> Cells<T>(List<Dictionary<string, T>> columns, string key)
        where T : class =>
        [.. columns.Select(column => column.GetValueOrDefault(key))];
}
