using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using InterviewReader.Content.Loading;

namespace InterviewReader.Content.Caching;

/// <summary>
/// Names everything a folder's load result is made of: the folder's place under the root (its
/// problems name their files by it), the name of every file the loader looks at, the transcripts'
/// <see cref="SourceHash"/> (their names and bytes), and the build that loads them (this library,
/// the libraries it uses and the runtime). Two folders with the same key load to the same result.
/// </summary>
public static class CacheKey
{
    private static readonly string Build = BuildIdentity();

    /// <summary>
    /// The key, as lowercase hex, or null when the folder is one this key cannot describe: it or a
    /// file in it is a link, a transcript is over <see cref="InterviewFolderLoader.MaxFileBytes"/>,
    /// or it cannot be read. Such a folder is loaded afresh every time.
    /// </summary>
    public static string? Of(string root, string folder)
    {
        try
        {
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                return null;
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            Append(hash, $"{Build}\n{ContentPaths.Relative(root, folder)}\n");
            var files = new DirectoryInfo(folder).EnumerateFiles().Where(f => !ContentFiles.IsIgnored(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal);
            foreach (var file in files)
            {
                // Of a file that is no transcript the loader sees only the name; the transcripts' bytes are in the source hash.
                if (file.LinkTarget is not null || (file.Name.EndsWith(".md", StringComparison.Ordinal) && file.Length > InterviewFolderLoader.MaxFileBytes))
                {
                    return null;
                }

                Append(hash, $"{file.Name}\n");
            }

            if (SourceHash.Of(folder) is not { Length: > 0 } transcripts)
            {
                return null;
            }

            Append(hash, transcripts);
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Append(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));

    // A deterministic build gives the same module ID to the same code, so a rebuild of unchanged
    // code keeps the cache and any change to parsing or alignment (or to a library they use) drops it.
    private static string BuildIdentity()
    {
        var library = typeof(CacheKey).Assembly;
        var modules = library.GetReferencedAssemblies().Select(Assembly.Load).Prepend(library)
            .Select(a => $"{a.GetName().Name}={a.ManifestModule.ModuleVersionId}")
            .Order(StringComparer.Ordinal);
        return $"format {LoadResultWriter.Version}; {Environment.Version}; {string.Join("; ", modules)}";
    }
}
