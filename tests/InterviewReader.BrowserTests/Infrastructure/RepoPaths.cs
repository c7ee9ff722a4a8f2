namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>Where the repository, its content and the built web app are, found from the test assembly's folder.</summary>
internal static class RepoPaths
{
    private const string SolutionFile = "InterviewReader.sln";

    /// <summary>The folder holding InterviewReader.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration of this test assembly: the name of the folder above net10.0 (Debug, Release…).</summary>
    public static string Configuration { get; } = FindConfiguration();

    /// <summary>The web project's folder, used as the app's working directory (its content root and wwwroot).</summary>
    public static string WebProject => Path.Combine(Root, "src", "InterviewReader.Web");

    /// <summary>The web app's dll, built by the ReferenceOutputAssembly="false" project reference.</summary>
    public static string WebDll => Path.Combine(WebProject, "bin", Configuration, "net10.0", "InterviewReader.Web.dll");

    /// <summary>The repository's content folder.</summary>
    public static string Content => Path.Combine(Root, "content");

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

    private static string FindConfiguration()
    {
        // AppContext.BaseDirectory is .../bin/<Configuration>/net10.0/
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        return framework.Parent?.Name
            ?? throw new InvalidOperationException($"Cannot tell the build configuration from {AppContext.BaseDirectory}.");
    }
}
