namespace InterviewReader.Tests.Shared;

/// <summary>Where the repository, the tests' content and the built web app are, found from the test assembly's folder.</summary>
internal static class RepoPaths
{
    /// <summary>The one interview in <see cref="FixtureContent"/>.</summary>
    public const string FixtureSlug = "emad-mostaque";

    private const string SolutionFile = "InterviewReader.sln";

    /// <summary>The folder holding InterviewReader.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>
    /// The repository's content folder, where editors add interviews. Only the tests that check
    /// that content itself read it; every other test uses <see cref="FixtureContent"/>.
    /// </summary>
    public static string Content => Path.Combine(Root, "content");

    /// <summary>
    /// The tests' content root: tests/TestData/content, copied beside the test assembly. It holds
    /// one interview, <see cref="FixtureSlug"/>, a copy of the bundled content/emad-mostaque.
    /// </summary>
    public static string FixtureContent => TestData("content");

    /// <summary>The folder of seed texts (tests/TestData/Seeds: hi.txt, bn.txt), a copy of ../shared/seeds.</summary>
    public static string Seeds => TestData("Seeds");

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
