namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>Finds where things are in a source text, so tests name lines without counting by hand.</summary>
internal static class TextLines
{
    /// <summary>The 1-based line of the first line that contains <paramref name="marker"/>.</summary>
    public static int LineOf(string text, string marker)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        return index >= 0 ? index + 1 : throw new ArgumentException($"'{marker}' is not in the text", nameof(marker));
    }

    /// <summary>The non-empty lines of a text, without '\r'.</summary>
    public static IReadOnlyList<string> NonEmpty(string text) =>
        [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0)];
}
