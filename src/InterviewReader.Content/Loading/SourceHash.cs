using System.Security.Cryptography;
using System.Text;
namespace InterviewReader.Content.Loading;

/// <summary>
/// A content address of an interview folder: SHA-256 over its Markdown files' names and bytes (the
/// files the loader reads), not their sizes and times only. The load cache's key is built on it.
/// </summary>
public static class SourceHash
{
    /// <summary>The hex SHA-256 of the folder's transcript files, or an empty string when it cannot be read.</summary>
    public static string Of(string folder)
    {
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*.md").Where(f => !ContentFiles.IsIgnored(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                var bytes = File.ReadAllBytes(file.FullName);
                hash.AppendData(Encoding.UTF8.GetBytes($"{file.Name}\n{bytes.Length}\n"));
                hash.AppendData(bytes);
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
