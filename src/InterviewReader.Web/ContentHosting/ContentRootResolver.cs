namespace InterviewReader.Web.ContentHosting;

/// <summary>
/// Finds the configured content folder. A relative path is tried against the app's content root
/// and then each parent folder, so <c>dotnet run --project src/InterviewReader.Web</c> from the
/// repository and the test host (whose content root is the project folder) both find the repository's <c>content/</c>.
/// </summary>
public static class ContentRootResolver
{
    /// <summary>The absolute folder to load; the first candidate when none exists, so the error names it.</summary>
    public static string Resolve(string configured, string appContentRoot)
    {
        if (Path.IsPathRooted(configured))
        {
            return Path.GetFullPath(configured);
        }

        for (var dir = new DirectoryInfo(appContentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, configured);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(Path.Combine(appContentRoot, configured));
    }
}
