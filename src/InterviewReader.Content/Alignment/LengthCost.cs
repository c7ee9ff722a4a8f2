namespace InterviewReader.Content.Alignment;

/// <summary>
/// Gale &amp; Church's length model: a translation's length is about <see cref="Ratio"/> times its
/// source's (the ratio of the totals; <see cref="BandedAligner"/> re-estimates it from its 1-1 beads
/// when a unit missing on one side skews the totals), with a variance that grows with length. The cost of pairing lengths
/// <c>a</c> and <c>b</c> is <c>-log 2(1 - Φ(|δ|))</c> with the symmetric
/// <c>δ = (b - c·a) / √(s² · (a + b/c) / 2)</c>, which weighs both sides alike (the original
/// divides by the first side's length only). The variance is estimated from the texts when they
/// have as many units each (shrunk towards 6.8, see <see cref="PriorPairs"/>), but never below
/// <see cref="VarianceFloor"/>: a short, carefully
/// translated pair has a tiny variance of its own, and a model fitted to it calls every ordinary
/// difference a mismatch.
/// </summary>
internal sealed class LengthCost
{
    /// <summary>Gale &amp; Church's s² per character (6.8), used as the least variance.</summary>
    public const double VarianceFloor = 6.8;

    /// <summary>The most the variance may be estimated at, so a badly shifted pair does not make every length plausible.</summary>
    public const double VarianceCeiling = 4 * VarianceFloor;

    /// <summary>
    /// How many pairs' worth of weight Gale &amp; Church's s² (<see cref="VarianceFloor"/>) has in the
    /// estimate: the texts' own squared differences are averaged with this many pseudo-pairs at 6.8
    /// (a conjugate prior). Three or four positional pairs are too few to trust alone, and they are
    /// the pairs a reordered or shifted row gets wrong: swapping two of the three Bengali sentences
    /// of a row of the bundled pair ('democracy', second paragraph) raises the raw estimate to 15.6,
    /// which made the two wrong 1-1 pairs cheaper than the right 2-2 bead (it is 11.2 shrunk).
    /// </summary>
    public const int PriorPairs = 3;

    // -log of the smallest probability the length term gives, so one absurd pair cannot swamp all others.
    private const double MaxCost = 30;

    private LengthCost(double ratio, double variance) => (Ratio, Variance) = (ratio, variance);

    /// <summary>Characters of the second language per character of the first.</summary>
    public double Ratio { get; }

    /// <summary>s²: the variance of a length difference per character.</summary>
    public double Variance { get; }

    /// <summary>The model for two sequences of unit lengths: the ratio of their totals, and the variance (with its floor).</summary>
    public static LengthCost For(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        double a = first.Sum(), b = second.Sum();
        var ratio = a > 0 && b > 0 ? b / a : 1;
        var variance = VarianceFloor;
        if (first.Count == second.Count && first.Count >= 3)
        {
            // Units at the same position, taken as pairs: the squared differences per length.
            double squares = 0, lengths = 0;
            for (var i = 0; i < first.Count; i++)
            {
                var d = second[i] - (ratio * first[i]);
                squares += d * d;
                lengths += (first[i] + (second[i] / ratio)) / 2;
            }

            var estimate = lengths > 0 ? squares / lengths : VarianceFloor;
            var shrunk = ((first.Count * estimate) + (PriorPairs * VarianceFloor)) / (first.Count + PriorPairs);
            variance = Math.Clamp(shrunk, VarianceFloor, VarianceCeiling);
        }

        return new LengthCost(ratio, variance);
    }

    /// <summary>The same variance with another ratio (re-estimated from the pairs a first alignment found).</summary>
    public LengthCost WithRatio(double ratio) => new(ratio, Variance);

    /// <summary>The symmetric δ of two lengths: how many standard deviations apart they are.</summary>
    public double Delta(int a, int b)
    {
        var mean = (a + (b / Ratio)) / 2;
        return mean <= 0 ? 0 : (b - (Ratio * a)) / Math.Sqrt(Variance * mean);
    }

    /// <summary>-log of the probability that lengths this far apart translate each other.</summary>
    public double Of(int a, int b)
    {
        var p = 2 * (1 - NormalCdf(Math.Abs(Delta(a, b))));
        return p <= Math.Exp(-MaxCost) ? MaxCost : -Math.Log(p);
    }

    /// <summary>Φ, the standard normal distribution function (Abramowitz &amp; Stegun 26.2.17, error below 7.5e-8).</summary>
    public static double NormalCdf(double z)
    {
        var t = 1 / (1 + (0.2316419 * Math.Abs(z)));
        var poly = t * (0.319381530 + (t * (-0.356563782 + (t * (1.781477937 + (t * (-1.821255978 + (t * 1.330274429))))))));
        var tail = Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI) * poly;
        return z >= 0 ? 1 - tail : tail;
    }
}
