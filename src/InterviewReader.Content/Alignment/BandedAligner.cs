namespace InterviewReader.Content.Alignment;

/// <summary>
/// Gale &amp; Church's dynamic program over two sequences of units, with lexical anchors, in a band
/// around the diagonal. A bead's cost is <c>-log prior</c> of its shape (<see cref="BeadPriors"/>),
/// plus the length term (<see cref="LengthCost"/>) of its two sides' total lengths, minus what its
/// anchors are worth (<see cref="AnchorScores"/>: a sentence's coverage, a paragraph's evidence); a
/// 1-0 or 0-1 bead costs a constant, <c>-log prior</c> (4.7 nats), with no length term and no
/// anchors (as hunalign and Bertalign score a skip by a constant: Bertalign's <c>skip = -0.1</c>). The best path is found in a band of half-width
/// <see cref="MinHalfWidth"/>, doubled while the path touches the band's edge, up to
/// <see cref="MaxHalfWidth"/>: time and memory are O(n·width), so 10,000 sentences align in
/// bounded time. Each chosen bead's confidence is its posterior from the forward–backward sums
/// over the same band (<see cref="Posteriors"/>).
/// </summary>
internal sealed class BandedAligner
{
    /// <summary>The band's first half-width; sequences this short are searched whole.</summary>
    public const int MinHalfWidth = 20;

    /// <summary>How far (as a share) the ratio of the 1-1 beads may differ from the totals' before the program runs again with it.</summary>
    public const double RatioTolerance = 0.05;

    /// <summary>The widest half-width the band grows to.</summary>
    public const int MaxHalfWidth = 160;

    private readonly IReadOnlyList<BeadKind> _kinds;
    private readonly double[] _priors;
    private readonly AnchorScore _anchors;

    /// <param name="kinds">The bead shapes to choose from.</param>
    /// <param name="anchors">What a bead's shared anchors are worth; a sentence's coverage by default.</param>
    public BandedAligner(IReadOnlyList<BeadKind> kinds, AnchorScore? anchors = null)
    {
        _kinds = kinds;
        _priors = BeadPriors.Costs(kinds);
        _anchors = anchors ?? AnchorScores.Coverage;
    }

    /// <summary>The best alignment of two sequences, bead by bead in order, with each bead's posterior.</summary>
    /// <param name="first">The first sequence's units.</param>
    /// <param name="second">The second sequence's units.</param>
    /// <param name="allowed">Beads an editor's marker forbids are excluded; null allows every bead.</param>
    public IReadOnlyList<AlignedBead> Align(IReadOnlyList<AlignmentUnit> first, IReadOnlyList<AlignmentUnit> second, BeadConstraint? allowed = null) =>
        Align(first, second, allowed, MinHalfWidth);

    /// <summary>The same search over the whole lattice, unbanded (O(n·m)): for tests of the band.</summary>
    internal IReadOnlyList<AlignedBead> AlignFull(IReadOnlyList<AlignmentUnit> first, IReadOnlyList<AlignmentUnit> second) =>
        Align(first, second, null, Math.Max(1, Math.Max(first.Count, second.Count)));

    private IReadOnlyList<AlignedBead> Align(IReadOnlyList<AlignmentUnit> first, IReadOnlyList<AlignmentUnit> second, BeadConstraint? allowed, int width)
    {
        var length = LengthCost.For([.. first.Select(u => u.Length)], [.. second.Select(u => u.Length)]);
        var beads = Align(first, second, allowed, width, length);

        // A unit with no counterpart skews the ratio of the totals (a dropped paragraph makes the
        // other side look a third longer): the 1-1 beads found give a truer ratio; align again with it.
        double a = 0, b = 0;
        foreach (var bead in beads.Where(x => x.Kind == new BeadKind(1, 1)))
        {
            (a, b) = (a + first[bead.First].Length, b + second[bead.Second].Length);
        }

        // With no 1-1 bead to learn from, where the counts differ, a neutral ratio of 1 is tried.
        var ratio = a > 0 && b > 0 ? b / a : first.Count != second.Count ? 1 : length.Ratio;
        return Math.Abs(ratio - length.Ratio) > RatioTolerance * length.Ratio
            ? Align(first, second, allowed, width, length.WithRatio(ratio))
            : beads;
    }

    private IReadOnlyList<AlignedBead> Align(IReadOnlyList<AlignmentUnit> first, IReadOnlyList<AlignmentUnit> second, BeadConstraint? allowed, int width, LengthCost length)
    {
        var costs = new Costs(this, first, second, allowed, length);
        var (n, m) = (first.Count, second.Count);
        if (n == 0 || m == 0)
        {
            // Nothing to choose: every unit of the one sequence has no counterpart.
            return [.. Enumerable.Range(0, n).Select(i => new AlignedBead(i, 0, new BeadKind(1, 0), 1)),
                .. Enumerable.Range(0, m).Select(j => new AlignedBead(0, j, new BeadKind(0, 1), 1))];
        }

        while (true)
        {
            var band = new Band(n, m, Math.Min(width, Math.Max(n, m)));
            costs.Remember(band);
            var path = BestPath(band, costs);
            var cut = path is null || (!band.IsFull && path.Exists(b => band.OnInnerEdge(b.First, b.Second)));
            if (path is not null && (!cut || band.IsFull || width >= MaxHalfWidth))
            {
                return Posteriors.Of(band, costs, path);
            }

            if (band.IsFull || width >= MaxHalfWidth)
            {
                // Constraints that no path in the widest band satisfies: align without them.
                return allowed is null ? throw new InvalidOperationException("no alignment path in a full band") : Align(first, second, null, MinHalfWidth, length);
            }

            width *= 2;
        }
    }

    /// <summary>The kinds of beads this aligner chooses from, in the order of their costs.</summary>
    internal IReadOnlyList<BeadKind> Kinds => _kinds;

    // Viterbi: the cheapest path from (0, 0) to (n, m); its beads carry their start cells, posterior 0 until computed.
    private List<AlignedBead>? BestPath(Band band, Costs costs)
    {
        var best = new double[band.Size];
        var back = new sbyte[band.Size];
        Array.Fill(best, double.PositiveInfinity);
        best[band.Index(0, 0)] = 0;
        for (var i = 0; i <= band.Rows; i++)
        {
            for (var j = band.Low(i); j <= band.High(i); j++)
            {
                if (i == 0 && j == 0)
                {
                    continue;
                }

                var (cell, choice) = (double.PositiveInfinity, (sbyte)-1);
                for (var k = 0; k < _kinds.Count; k++)
                {
                    var (pi, pj) = (i - _kinds[k].First, j - _kinds[k].Second);
                    if (!band.Contains(pi, pj))
                    {
                        continue;
                    }

                    var from = best[band.Index(pi, pj)];
                    if (double.IsPositiveInfinity(from))
                    {
                        continue;
                    }

                    var total = from + costs.Of(pi, pj, k);
                    if (total < cell)
                    {
                        (cell, choice) = (total, (sbyte)k);
                    }
                }

                best[band.Index(i, j)] = cell;
                back[band.Index(i, j)] = choice;
            }
        }

        if (double.IsPositiveInfinity(best[band.Index(band.Rows, band.Columns)]))
        {
            return null;
        }

        var path = new List<AlignedBead>();
        for (int i = band.Rows, j = band.Columns; i > 0 || j > 0;)
        {
            var kind = _kinds[back[band.Index(i, j)]];
            (i, j) = (i - kind.First, j - kind.Second);
            path.Add(new AlignedBead(i, j, kind, 0));
        }

        path.Reverse();
        return path;
    }

    /// <summary>The cost of each bead of two sequences, by its start cell and shape.</summary>
    internal sealed class Costs(BandedAligner aligner, IReadOnlyList<AlignmentUnit> first, IReadOnlyList<AlignmentUnit> second, BeadConstraint? allowed, LengthCost length)
    {
        private readonly LengthCost _length = length;

        // The keys of a bead's parts, reused from call to call (a cost is asked for millions of times in a long section).
        private readonly long[][] _keysA = new long[aligner._kinds.Max(k => k.First)][];
        private readonly long[][] _keysB = new long[aligner._kinds.Max(k => k.Second)][];

        // Costs computed in the current band, by cell and shape (NaN until asked), so the best path
        // and the forward and backward sums compute each once; none for a band too large to hold.
        private double[]? _memo;
        private Band? _band;

        public IReadOnlyList<BeadKind> Kinds => aligner._kinds;

        /// <summary>The most costs remembered (32 MB): a 10,000-sentence row in the first band fits.</summary>
        public const int MaxRemembered = 4 << 20;

        /// <summary>Remembers costs for the cells of this band from now on (the band grows only by starting again).</summary>
        public void Remember(Band band)
        {
            var size = (long)band.Size * aligner._kinds.Count;
            (_band, _memo) = size <= MaxRemembered ? (band, new double[size]) : (null, null);
            _memo?.AsSpan().Fill(double.NaN);
        }

        /// <summary>-log of the bead's probability (up to the anchor term's scale): infinite where a marker forbids it.</summary>
        public double Of(int i, int j, int k)
        {
            if (_memo is null || _band is null || !_band.Contains(i, j))
            {
                return Compute(i, j, k);
            }

            ref var cost = ref _memo[(_band.Index(i, j) * aligner._kinds.Count) + k];
            if (double.IsNaN(cost))
            {
                cost = Compute(i, j, k);
            }

            return cost;
        }

        private double Compute(int i, int j, int k)
        {
            var kind = aligner._kinds[k];
            if (allowed is not null && !allowed(i, j, kind))
            {
                return double.PositiveInfinity;
            }

            var prior = aligner._priors[k];
            if (kind.IsSkip)
            {
                return prior;
            }

            var (a, b) = (0, 0);
            for (var x = 0; x < kind.First; x++)
            {
                a += first[i + x].Length;
                _keysA[x] = first[i + x].Hashes;
            }

            for (var y = 0; y < kind.Second; y++)
            {
                b += second[j + y].Length;
                _keysB[y] = second[j + y].Hashes;
            }

            return prior + _length.Of(a, b) - aligner._anchors(_keysA.AsSpan(0, kind.First), _keysB.AsSpan(0, kind.Second));
        }
    }
}
