namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>Paths in the repository and in the test output folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds InterviewReader.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The real content root of the repository.</summary>
    public static string Content => Path.Combine(Root, "content");

    /// <summary>A file under TestData in the test output folder.</summary>
    public static string TestData(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InterviewReader.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"InterviewReader.sln not found above {AppContext.BaseDirectory}");
    }
}
