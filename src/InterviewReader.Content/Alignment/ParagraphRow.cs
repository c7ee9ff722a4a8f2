using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Alignment;

/// <summary>One row of paragraphs as the paragraph aligner chose it.</summary>
/// <param name="Cells">Per language, the row's paragraphs.</param>
/// <param name="Confidence">The bead's posterior, or 1 where nothing was chosen (paired by position or by anchor).</param>
/// <param name="Chosen">True when the aligner chose the row by content (so a non-1-1 shape is worth a warning).</param>
internal sealed record ParagraphRow(ImmutableArray<ImmutableArray<ParagraphBlock>> Cells, double Confidence, bool Chosen);
