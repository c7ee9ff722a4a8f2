namespace InterviewReader.Content.Alignment;

/// <summary>
/// How often each bead shape occurs in translated text: Gale &amp; Church (1993), table 5
/// (1-1 0.89, 1-0 and 0-1 0.0099, 2-1 and 1-2 0.089, 2-2 0.011), with 3-1 and 1-3 at 0.002.
/// The shapes a caller allows are renormalised to sum to 1.
/// </summary>
internal static class BeadPriors
{
    /// <summary>The prior of a shape, before renormalising.</summary>
    public static double Of(BeadKind kind) => (kind.First, kind.Second) switch
    {
        (1, 1) => 0.89,
        (1, 0) or (0, 1) => 0.0099,
        (2, 1) or (1, 2) => 0.089,
        (2, 2) => 0.011,
        (3, 1) or (1, 3) => 0.002,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no prior for this bead shape"),
    };

    /// <summary>-log of each shape's prior among <paramref name="kinds"/>, renormalised over them.</summary>
    public static double[] Costs(IReadOnlyList<BeadKind> kinds)
    {
        var total = kinds.Sum(Of);
        return [.. kinds.Select(k => -Math.Log(Of(k) / total))];
    }
}
