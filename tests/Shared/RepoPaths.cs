namespace InterviewReader.Tests.Shared;

/// <summary>Where the repository, its content and the built web app are, found from the test assembly's folder.</summary>
internal static class RepoPaths
{
    private const string SolutionFile = "InterviewReader.sln";

    /// <summary>The folder holding InterviewReader.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The repository's content folder.</summary>
    public static string Content => Path.Combine(Root, "content");

    /// <summary>The build configuration of this test assembly: the folder above net10.0 (Debug, Release…).</summary>
    public static string Configuration =>
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>The web project's folder, the app's working directory when run as a process.</summary>
    public static string WebProject => Path.Combine(Root, "src", "InterviewReader.Web");

    /// <summary>The web app's dll, in the same configuration as the tests.</summary>
    public static string WebDll => Path.Combine(WebProject, "bin", Configuration, "net10.0", "InterviewReader.Web.dll");

    /// <summary>A file under TestData in the test output folder.</summary>
    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No {SolutionFile} found above {AppContext.BaseDirectory}.");
    }
}
