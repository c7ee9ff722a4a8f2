using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Alignment;

/// <summary>
/// Finds, in one transcript, the last of its sections (in its own order) that the aligned order
/// puts before a given position: where a section the transcript lacks belongs.
/// </summary>
internal sealed class PrecedingSections
{
    private readonly ImmutableArray<Section> _sections;

    // _suffixMin[j] is the smallest aligned position among sections j, j+1, … of the transcript.
    // It never decreases with j, and section j is the last one before position p exactly when
    // _suffixMin[j] < p <= _suffixMin[j + 1] (infinite past the end), so a binary search finds it.
    private readonly int[] _suffixMin;

    /// <param name="sections">The transcript's sections, in its order.</param>
    /// <param name="position">Every section ID's position in the aligned order.</param>
    public PrecedingSections(ImmutableArray<Section> sections, Dictionary<string, int> position)
    {
        _sections = sections;
        _suffixMin = new int[sections.Length];
        var min = int.MaxValue;
        for (var j = sections.Length - 1; j >= 0; j--)
        {
            _suffixMin[j] = min = Math.Min(min, position[sections[j].Id]);
        }
    }

    /// <summary>The transcript's last section placed before <paramref name="position"/>, or null when none is.</summary>
    public Section? LastBefore(int position)
    {
        int low = 0, high = _suffixMin.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_suffixMin[middle] < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low == 0 ? null : _sections[low - 1];
    }
}
