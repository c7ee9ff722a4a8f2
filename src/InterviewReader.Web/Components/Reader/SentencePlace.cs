using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;

namespace InterviewReader.Web.Components.Reader;

/// <summary>
/// A sentence of a cell with its bead, or a gap: where the language has no sentence for the bead.
/// </summary>
/// <param name="Sentence">The sentence, or null for a gap.</param>
/// <param name="Bead">The bead it belongs to (null only for a sentence the aligner left out, which the markup tests catch).</param>
/// <param name="Id">The bead's ID when this place carries it (the first place of the bead on the page), else null.</param>
public sealed record SentencePlace(Sentence? Sentence, SentenceBead? Bead, string? Id)
{
    /// <summary>True where the language has no sentence for the bead.</summary>
    public bool IsGap => Sentence is null;
}
