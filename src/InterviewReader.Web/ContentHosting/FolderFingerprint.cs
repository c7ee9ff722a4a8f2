using InterviewReader.Content.Loading;

namespace InterviewReader.Web.ContentHosting;

/// <summary>A cheap summary of a folder's files (names, sizes, write times): when it changes, the folder is reloaded.</summary>
public static class FolderFingerprint
{
    /// <summary>The fingerprint of the folder's Markdown files, or an empty string when it cannot be read.</summary>
    public static string Of(string folder)
    {
        try
        {
            var hash = new HashCode();
            var count = 0;
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*.md").Where(f => !ContentFiles.IsIgnored(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                hash.Add(file.Name, StringComparer.Ordinal);
                hash.Add(file.Length);
                hash.Add(file.LastWriteTimeUtc.Ticks);
                count++;
            }

            return $"{count}:{hash.ToHashCode():x8}";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
