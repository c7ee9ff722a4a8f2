namespace InterviewReader.Web.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InterviewReader.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("InterviewReader.sln not found above " + AppContext.BaseDirectory);
    }
}
