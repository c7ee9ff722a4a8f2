namespace InterviewReader.Content.Alignment;

/// <summary>One bead the aligner chose: a run of units of each sequence, and how sure it is of it.</summary>
/// <param name="First">The index of the bead's first unit in the first sequence.</param>
/// <param name="Second">The index of its first unit in the second sequence.</param>
/// <param name="Kind">How many units of each sequence it joins.</param>
/// <param name="Posterior">The probability, summed over every alignment the model allows, that this bead is in the alignment.</param>
internal readonly record struct AlignedBead(int First, int Second, BeadKind Kind, double Posterior);
