using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Alignment;

/// <summary>
/// Names the paragraph rows of a section, uniquely and stably: a row is named by the first
/// language's first paragraph in it where it has one (<c>founders-call-p2</c>, the anchor that
/// language's file gives it), else by the first paragraph of the first language that has one,
/// unless the first language uses that anchor for another row, when the language's code is
/// added (<c>founders-call-p3-bn</c>, <see cref="Anchors.InLanguage"/>). So a row's name depends
/// only on its own paragraphs' place in their files, and never changes as other rows move.
/// </summary>
internal sealed class RowAnchors(ImmutableArray<Section?> sections, ImmutableArray<string> languageCodes)
{
    private readonly HashSet<string> _firstLanguages =
        new(sections.FirstOrDefault()?.Blocks.OfType<ParagraphBlock>().Select(p => p.AnchorId) ?? [], StringComparer.Ordinal);

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>The anchor of a row.</summary>
    public string For(ParagraphRow row)
    {
        var column = 0;
        while (row.Cells[column].IsEmpty)
        {
            column++;
        }

        var anchor = row.Cells[column][0].AnchorId;
        if (column > 0 && (_firstLanguages.Contains(anchor) || _used.Contains(anchor)))
        {
            anchor = Anchors.InLanguage(anchor, languageCodes[column]);
        }

        _used.Add(anchor);
        return anchor;
    }
}
