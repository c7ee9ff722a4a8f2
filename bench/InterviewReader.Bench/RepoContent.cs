namespace InterviewReader.Bench;

/// <summary>Finds the repository's bundled interview from wherever the benchmark process runs.</summary>
internal static class RepoContent
{
    /// <summary>The interview the benchmarks use.</summary>
    public const string Slug = "emad-mostaque";

    /// <summary>The interview's folder: $IR_CONTENT_ROOT/emad-mostaque, else content/emad-mostaque in the nearest parent folder that has one.</summary>
    public static string InterviewFolder => Path.Combine(Root, Slug);

    /// <summary>The content root that holds the interview.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        if (Environment.GetEnvironmentVariable("IR_CONTENT_ROOT") is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content");
                if (File.Exists(Path.Combine(candidate, Slug, "hi.md")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"content/{Slug}/hi.md not found above {AppContext.BaseDirectory}: set IR_CONTENT_ROOT");
    }
}
