namespace InterviewReader.Content.Alignment;

/// <summary>How many nats a bead gains from the anchors its two sides share (negative where they share too few).</summary>
/// <param name="first">The keys (<see cref="AnchorKeys.Hashes"/>) of each of the bead's units in the first sequence.</param>
/// <param name="second">The keys of each of its units in the second sequence.</param>
internal delegate double AnchorScore(ReadOnlySpan<long[]> first, ReadOnlySpan<long[]> second);

/// <summary>The two ways a bead's anchors are weighed: a sentence's by coverage, a paragraph's by evidence.</summary>
internal static class AnchorScores
{
    /// <summary>Nats a sentence bead gains at full anchor coverage (all its parts' keys found across).</summary>
    public const double CoverageWeight = 5;

    /// <summary>
    /// Nats a paragraph bead gains per key found on both sides, and loses per key found on one.
    /// Measured on the bundled pair's paragraphs: 39.0 % of a translated pair's keys are shared,
    /// 14.9 % of an untranslated pair's (neighbours included, which share names and topics), so a
    /// shared key is ln(0.390 / 0.149) = 0.96 nats of evidence and an unshared one
    /// ln(0.851 / 0.610) = 0.33 against; halved (<see cref="Temper"/>), as keys of one text are not
    /// independent.
    /// </summary>
    public const double SharedGain = 0.96;

    /// <summary>Nats a paragraph bead loses per key of either side not found on the other.</summary>
    public const double UnsharedCost = 0.33;

    /// <summary>The share of the naive per-key evidence that is counted.</summary>
    public const double Temper = 0.5;

    /// <summary>
    /// A sentence's: <see cref="CoverageWeight"/> times its coverage (<see cref="AnchorKeys.Coverage"/>),
    /// so a 2-1 bead scores as its weaker part. A sentence has a handful of keys: a share says more than a count.
    /// </summary>
    public static double Coverage(ReadOnlySpan<long[]> first, ReadOnlySpan<long[]> second) =>
        CoverageWeight * (AnchorKeys.Coverage(first, second) ?? 0);

    /// <summary>
    /// A paragraph's: the log-likelihood ratio of its shared and unshared keys, translation against
    /// none. A paragraph has forty or fifty keys, so their count is strong evidence where a share is
    /// not: one missing sentence changes a paragraph's length by a quarter, but not which paragraph
    /// its names, numbers and cognates come from.
    /// </summary>
    public static double Evidence(ReadOnlySpan<long[]> first, ReadOnlySpan<long[]> second)
    {
        var (shared, unshared) = AnchorKeys.Shared(first, second);
        return Temper * ((SharedGain * shared) - (UnsharedCost * unshared));
    }
}
