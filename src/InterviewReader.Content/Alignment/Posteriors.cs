namespace InterviewReader.Content.Alignment;

/// <summary>
/// Forward–backward over the band: α(i, j) sums the probability of every path from the start to
/// (i, j), β(i, j) of every path from there to the end, each bead weighted by <c>exp(-cost)</c>.
/// A bead's posterior is <c>α(start) · exp(-cost) · β(end) / α(n, m)</c>: the share of all
/// paths' probability that goes through it. Sums are kept as logarithms.
/// </summary>
internal static class Posteriors
{
    /// <summary>The path's beads with their posteriors, in [0, 1].</summary>
    public static IReadOnlyList<AlignedBead> Of(Band band, BandedAligner.Costs costs, List<AlignedBead> path)
    {
        var kinds = costs.Kinds;
        var forward = new double[band.Size];
        var backward = new double[band.Size];
        Array.Fill(forward, double.NegativeInfinity);
        Array.Fill(backward, double.NegativeInfinity);
        forward[band.Index(0, 0)] = 0;
        for (var i = 0; i <= band.Rows; i++)
        {
            for (var j = band.Low(i); j <= band.High(i); j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                var sum = double.NegativeInfinity;
                for (var k = 0; k < kinds.Count; k++)
                {
                    var (pi, pj) = (i - kinds[k].First, j - kinds[k].Second);
                    if (band.Contains(pi, pj))
                    {
                        sum = LogAdd(sum, forward[band.Index(pi, pj)] - costs.Of(pi, pj, k));
                    }
                }

                forward[band.Index(i, j)] = sum;
            }
        }

        backward[band.Index(band.Rows, band.Columns)] = 0;
        for (var i = band.Rows; i >= 0; i--)
        {
            for (var j = band.High(i); j >= band.Low(i); j--)
            {
                if (i == band.Rows && j == band.Columns)
                {
                    continue;
                }

                var sum = double.NegativeInfinity;
                for (var k = 0; k < kinds.Count; k++)
                {
                    var (ni, nj) = (i + kinds[k].First, j + kinds[k].Second);
                    if (band.Contains(ni, nj))
                    {
                        sum = LogAdd(sum, backward[band.Index(ni, nj)] - costs.Of(i, j, k));
                    }
                }

                backward[band.Index(i, j)] = sum;
            }
        }

        var total = forward[band.Index(band.Rows, band.Columns)];
        var result = new List<AlignedBead>(path.Count);
        foreach (var bead in path)
        {
            var k = IndexOf(kinds, bead.Kind);
            var end = band.Index(bead.First + bead.Kind.First, bead.Second + bead.Kind.Second);
            var log = forward[band.Index(bead.First, bead.Second)] - costs.Of(bead.First, bead.Second, k) + backward[end] - total;
            result.Add(bead with { Posterior = Math.Clamp(Math.Exp(log), 0, 1) });
        }

        return result;
    }

    private static int IndexOf(IReadOnlyList<BeadKind> kinds, BeadKind kind)
    {
        for (var k = 0; k < kinds.Count; k++)
        {
            if (kinds[k] == kind)
            {
                return k;
            }
        }

        throw new ArgumentException($"bead shape {kind} is not one of the aligner's", nameof(kind));
    }

    /// <summary>log(e^a + e^b) without overflow.</summary>
    private static double LogAdd(double a, double b)
    {
        if (double.IsNegativeInfinity(a))
        {
            return b;
        }

        if (double.IsNegativeInfinity(b))
        {
            return a;
        }

        return Math.Max(a, b) + Math.Log(1 + Math.Exp(-Math.Abs(a - b)));
    }
}
