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

        var byId = transcripts.Select(t => Index(t.Sections, s => s.Id)).ToList();
        var before = transcripts.Select(t => new PrecedingSections(t.Sections, position)).ToList();
        var sections = ImmutableArray.CreateBuilder<AlignedSection>();
        foreach (var id in sectionIds)
        {
            var cells = Cells(byId, id);
            var report = new MissingReporter(transcripts, problems);
            report.Missing(cells, id, $"section '{id}'", (_, i) => before[i].LastBefore(position[id])?.Line ?? 1);
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
        foreach (var anchor in anchors)
        {
            var cells = Cells(byAnchor, anchor);
            rows.Add(cells.FirstOrDefault(c => c is not null) switch
            {
                TakeawayList => AlignTakeaways(anchor, [.. cells.Select(c => c as TakeawayList)], sections, report),
                QuoteBlock => Row<QuoteBlock>(anchor, cells, sections, report, "quote"),
                _ => Row<ParagraphBlock>(anchor, cells, sections, report, "paragraph"),
            });
        }

        return rows.ToImmutable();
    }

    private static AlignedTakeaways AlignTakeaways(
        string anchor, ImmutableArray<TakeawayList?> lists, ImmutableArray<Section?> sections, MissingReporter report)
    {
        report.Missing(lists, anchor, $"takeaway list '{anchor}'", (_, i) => sections[i]?.Line ?? 1);
        var itemAnchors = OrderedUnion.Of(lists.Select(l => l?.Items.Select(item => item.AnchorId) ?? []));
        var byAnchor = lists.Select(l => Index(l?.Items ?? [], item => item.AnchorId)).ToList();
        var items = itemAnchors.Select(itemAnchor =>
        {
            var cells = Cells(byAnchor, itemAnchor);
            report.Missing(cells, itemAnchor, $"takeaway '{itemAnchor}'", (_, i) => lists[i]?.Line ?? sections[i]?.Line ?? 1);
            return new AlignedRow<TakeawayItem>(itemAnchor, cells);
        });
        return new AlignedTakeaways(anchor, lists, [.. items]);
    }

    private static AlignedRow<T> Row<T>(
        string anchor, ImmutableArray<Block?> cells, ImmutableArray<Section?> sections, MissingReporter report, string kind)
        where T : Block
    {
        // Anchors name the kind of block (-p, -q), so cells under one anchor share their kind.
        var typed = cells.Select(c => c as T).ToImmutableArray();
        report.Missing(typed, anchor, $"{kind} '{anchor}'", (_, i) => sections[i]?.Line ?? 1);
        return new AlignedRow<T>(anchor, typed);
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
