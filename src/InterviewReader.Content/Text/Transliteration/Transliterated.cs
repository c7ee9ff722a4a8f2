using System.Collections.Immutable;

namespace InterviewReader.Content.Text.Transliteration;

/// <summary>
/// A transliterated text and, for each of its characters, the span of the source that produced it,
/// so a range of the output (a highlight, a sentence) maps back to the original text.
/// </summary>
/// <param name="Text">The transliterated text.</param>
/// <param name="SourceStart">For each output character, the index in the source where the characters it came from start.</param>
/// <param name="SourceEnd">For each output character, the index in the source just past them.</param>
/// <param name="SourceLength">The length of the source.</param>
public sealed record Transliterated(string Text, ImmutableArray<int> SourceStart, ImmutableArray<int> SourceEnd, int SourceLength)
{
    /// <summary>
    /// The source span (start, length) a span of the output came from: from the source of its first
    /// character to the end of the source of its last. An empty span maps to an empty one where it starts.
    /// </summary>
    public (int Start, int Length) ToSource(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Text.Length);
        if (length == 0)
        {
            var at = start < Text.Length ? SourceStart[start] : SourceLength;
            return (at, 0);
        }

        var from = SourceStart[start];
        return (from, SourceEnd[start + length - 1] - from);
    }
}
