namespace InterviewReader.Content.Alignment;

/// <summary>The shape of a bead: how many units of the first and of the second sequence it joins (1-1, 2-1, 1-0, …).</summary>
/// <param name="First">Units of the first sequence.</param>
/// <param name="Second">Units of the second sequence.</param>
internal readonly record struct BeadKind(int First, int Second)
{
    /// <summary>The shapes sentences align in (Gale &amp; Church's, with 2-2, 3-1 and 1-3).</summary>
    public static IReadOnlyList<BeadKind> Sentences { get; } = [new(1, 1), new(1, 0), new(0, 1), new(2, 1), new(1, 2), new(2, 2), new(3, 1), new(1, 3)];

    /// <summary>The shapes paragraphs align in: one inserted, dropped, split or merged at a time.</summary>
    public static IReadOnlyList<BeadKind> Paragraphs { get; } = [new(1, 1), new(1, 0), new(0, 1), new(2, 1), new(1, 2)];

    /// <summary>True for 1-0 and 0-1: a unit with no counterpart.</summary>
    public bool IsSkip => First == 0 || Second == 0;

    /// <inheritdoc />
    public override string ToString() => $"{First}-{Second}";
}
