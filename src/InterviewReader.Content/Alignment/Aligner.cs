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
        var anchors = OrderedUnion.Of(sections.Select(s => s?.Blocks.Select(b => b.AnchorId) ?? []));
        var byAnchor = sections.Select(s => Index(s?.Blocks ?? [], b => b.AnchorId)).ToList();
        var rows = ImmutableArray.CreateBuilder<AlignedBlock>();

        // A section missing in some language is reported once, for the section, not once per block.
        report = sections.Any(s => s is null) ? report.Silent() : report;

        // Per language, where a missing block goes: after the last block it has before it.
        var places = sections.Select(s => new Place(s?.Line ?? 1, "as the section's first block, after this line")).ToArray();
        foreach (var anchor in anchors)
        {
            var cells = Cells(byAnchor, anchor);
            rows.Add(cells.FirstOrDefault(c => c is not null) switch
            {
                TakeawayList => AlignTakeaways(anchor, [.. cells.Select(c => c as TakeawayList)], places, report),
                QuoteBlock => Row<QuoteBlock>(anchor, cells, places, report, "quote"),
                _ => Row<ParagraphBlock>(anchor, cells, places, report, "paragraph"),
            });
            MoveAfter(places, [.. cells.Select(c => c?.Line)], "after the block that starts at this line");
        }

        return rows.ToImmutable();
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
            items.Add(RowOf(itemAnchor, cells));
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
        return RowOf(anchor, typed);
    }

    // A row of at most one block per language, its sentences paired by position.
    private static AlignedRow<T> RowOf<T>(string anchor, ImmutableArray<T?> cells)
        where T : class
    {
        ImmutableArray<ImmutableArray<T>> blocks = [.. cells.Select(c => c is null ? ImmutableArray<T>.Empty : [c])];
        var counts = blocks.Select(column => column.Sum(b => SentenceUnits.Of(b).Length)).ToArray();
        return new AlignedRow<T>(anchor, blocks) { Beads = PositionalBeads.Of(anchor, counts) };
    }

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
