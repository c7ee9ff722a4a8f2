using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Alignment;

/// <summary>A section matched by ID across languages.</summary>
/// <param name="Id">The section ID.</param>
/// <param name="Cells">The section in each language (for its heading), null where a language lacks it.</param>
/// <param name="Blocks">The rows of the section.</param>
public sealed record AlignedSection(string Id, ImmutableArray<Section?> Cells, ImmutableArray<AlignedBlock> Blocks)
{
    /// <summary>True for the intro and the closing quote, which have no heading.</summary>
    public bool IsUntitled => Id is Section.IntroId or Section.ClosingId;
}
