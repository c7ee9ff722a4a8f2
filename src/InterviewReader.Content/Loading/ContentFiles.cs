namespace InterviewReader.Content.Loading;

/// <summary>Which files in the content folders are the editors' and their tools', not the site's.</summary>
public static class ContentFiles
{
    /// <summary>
    /// True for files the site never reads and never reports: hidden files (what editors and
    /// operating systems leave beside a file: <c>.#hi.md</c> locks, <c>._hi.md</c> copies,
    /// <c>.hi.md.swp</c>) and a <c>README.md</c> holding the editors' own notes.
    /// </summary>
    public static bool IsIgnored(string fileName) =>
        fileName.StartsWith('.') || fileName.Equals("README.md", StringComparison.OrdinalIgnoreCase);
}
