namespace InterviewReader.Content.Loading;

/// <summary>Paths inside the content root, as problems name them.</summary>
internal static class ContentPaths
{
    /// <summary>The path relative to the root, with forward slashes.</summary>
    public static string Relative(string root, string path) =>
        Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>True when the path lies inside the root.</summary>
    public static bool IsInside(string root, string? path)
    {
        if (path is null)
        {
            return false;
        }

        var relative = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path));
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
