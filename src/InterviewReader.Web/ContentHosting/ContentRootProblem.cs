namespace InterviewReader.Web.ContentHosting;

/// <summary>Why the content root cannot be read, for the log: an operator must see it at once.</summary>
public static class ContentRootProblem
{
    /// <summary>The reason the folder cannot be listed, or null when it can.</summary>
    public static string? Of(string root)
    {
        try
        {
            if (File.Exists(root))
            {
                return "it is a file, not a folder";
            }

            using var entries = new DirectoryInfo(root).EnumerateFileSystemInfos().GetEnumerator();
            _ = entries.MoveNext();
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return "it does not exist";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"it cannot be listed ({ex.GetType().Name}: {ex.Message})";
        }
    }
}
