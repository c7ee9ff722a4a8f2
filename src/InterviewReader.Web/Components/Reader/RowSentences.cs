using System.Collections.Immutable;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;
using InterviewReader.Web.Localization;

namespace InterviewReader.Web.Components.Reader;

/// <summary>
/// A row's sentences as one view shows them: per column, its <see cref="CellSentences"/>. A bead's
/// ID goes on its first place on the page: in the first shown column that has a sentence for it,
/// or, where none has, on the first shown column's gap, so a link to it always lands on its row.
/// Columns the view does not show (the translations a one-language view offers on demand) carry no IDs.
/// </summary>
public sealed class RowSentences
{
    private readonly ImmutableArray<CellSentences> _cells;

    private RowSentences(ImmutableArray<CellSentences> cells) => _cells = cells;

    /// <summary>The places of a column's cell.</summary>
    public CellSentences this[int column] => _cells[column];

    /// <summary>The sentences of a row in a view; <paramref name="sentencesOf"/> gives a block's sentences.</summary>
    public static RowSentences For<T>(ReaderView view, AlignedRow<T> row, Func<T, ImmutableArray<Sentence>> sentencesOf)
        where T : class
    {
        int IdColumn(SentenceBead bead) => view.Columns.FirstOrDefault(c => !bead.Lacks(c), view.Columns[0]);

        return new([.. row.Cells.Select((blocks, column) => CellSentences.For(
            row.Beads,
            [.. blocks.Select(sentencesOf)],
            column,
            bead => view.Columns.Contains(column) && IdColumn(bead) == column))]);
    }

    /// <summary>What a gap says in a language: that the sentence has no counterpart there.</summary>
    public static string NoneIn(LanguageInfo language) => UiTexts.For(language.Code).MissingHere;

    /// <summary>The sentences of a paragraph.</summary>
    public static ImmutableArray<Sentence> Of(ParagraphBlock block) => block.Sentences;

    /// <summary>The sentences of a quote's words.</summary>
    public static ImmutableArray<Sentence> Of(QuoteBlock block) => block.Sentences;

    /// <summary>The sentences of a takeaway's explanation (its term is not split).</summary>
    public static ImmutableArray<Sentence> Of(TakeawayItem item) => item.Sentences;
}
