namespace InterviewReader.Content.Alignment;

/// <summary>
/// The cells of an n×m alignment lattice a banded search visits: in row i (units of the first
/// sequence consumed) the columns within <see cref="HalfWidth"/> of the diagonal <c>i·m/n</c>,
/// stored row after row in one flat array, so memory is O(n·width), not O(n·m).
/// </summary>
internal sealed class Band
{
    private readonly int[] _low;
    private readonly int[] _high;
    private readonly int[] _offset;

    public Band(int n, int m, int halfWidth)
    {
        (Rows, Columns, HalfWidth) = (n, m, halfWidth);
        _low = new int[n + 1];
        _high = new int[n + 1];
        _offset = new int[n + 2];
        for (var i = 0; i <= n; i++)
        {
            var centre = n == 0 ? 0 : (int)((long)i * m / n);
            _low[i] = Math.Max(0, centre - halfWidth);
            _high[i] = Math.Min(m, centre + halfWidth);
            _offset[i + 1] = _offset[i] + (_high[i] - _low[i] + 1);
        }

        // Row 0 must reach column 0 and row n column m: the diagonal passes through both, so they are in.
    }

    public int Rows { get; }

    public int Columns { get; }

    public int HalfWidth { get; }

    /// <summary>How many cells the band holds.</summary>
    public int Size => _offset[Rows + 1];

    /// <summary>True when the band covers the whole lattice.</summary>
    public bool IsFull => HalfWidth >= Math.Max(Rows, Columns);

    public int Low(int i) => _low[i];

    public int High(int i) => _high[i];

    public bool Contains(int i, int j) => i >= 0 && i <= Rows && j >= _low[i] && j <= _high[i];

    public int Index(int i, int j) => _offset[i] + (j - _low[i]);

    /// <summary>True when (i, j) lies on the band's edge inside the lattice: a path there may have been cut off.</summary>
    public bool OnInnerEdge(int i, int j) => (j == _low[i] && _low[i] > 0) || (j == _high[i] && _high[i] < Columns);
}
