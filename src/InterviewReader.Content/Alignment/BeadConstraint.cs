namespace InterviewReader.Content.Alignment;

/// <summary>Whether a bead may be chosen: false forbids it (an editor's override marker pins a unit elsewhere).</summary>
/// <param name="first">The index of the bead's first unit in the first sequence.</param>
/// <param name="second">The index of its first unit in the second sequence.</param>
/// <param name="kind">Its shape.</param>
internal delegate bool BeadConstraint(int first, int second, BeadKind kind);
