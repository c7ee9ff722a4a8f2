using System.Collections.Concurrent;
using System.Security.Cryptography;
using InterviewReader.Content.Caching;
using InterviewReader.Content.Loading;

namespace InterviewReader.Web.ContentHosting;

/// <summary>
/// Keeps each folder's load result (parsed, aligned, checked) in a file named by its
/// <see cref="CacheKey"/>, so a restart reads back what an earlier start worked out instead of
/// parsing and aligning every interview again. A file is written whole and renamed into place,
/// and ends with the SHA-256 of what it holds; one that does not match, or cannot be read, is
/// loaded afresh and written again. Nothing here can stop a folder from loading: at worst the
/// cache is not used.
/// </summary>
public sealed class LoadCache
{
    private const string Extension = ".bin";
    private const int HashBytes = 32;
    private readonly string _folder;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, bool> _used = new(StringComparer.Ordinal);
    private int _writeFailed;

    private LoadCache(string folder, ILogger logger)
    {
        _folder = folder;
        _logger = logger;
    }

    /// <summary>A cache in <paramref name="folder"/> (created when missing), or null when it cannot be made: that is logged, and the site loads without it.</summary>
    public static LoadCache? In(string folder, ILogger logger)
    {
        try
        {
            Directory.CreateDirectory(folder);
            return new LoadCache(folder, logger);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("The load cache folder {Folder} cannot be made ({Reason}): every start parses and aligns all interviews", folder, ex.Message);
            return null;
        }
    }

    /// <summary>
    /// The folder's result from the cache when its files are what it was made from, else from
    /// <paramref name="load"/>, which is then kept, unless the folder changed while it was read.
    /// </summary>
    public (InterviewLoadResult Result, bool FromCache) Load(string root, string folder, Func<string, string, InterviewLoadResult> load)
    {
        if (CacheKey.Of(root, folder) is not { } key)
        {
            return (load(root, folder), false);
        }

        _used[key] = true;
        var path = Path.Combine(_folder, key + Extension);
        if (TryRead(path) is { } cached)
        {
            return (cached, true);
        }

        var result = load(root, folder);
        if (CacheKey.Of(root, folder) == key)
        {
            TryWrite(path, result);
        }

        return (result, false);
    }

    /// <summary>Deletes the files no load of this cache has asked for: versions edited away, interviews removed.</summary>
    public void DeleteUnused()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(_folder, "*" + Extension))
            {
                if (!_used.ContainsKey(Path.GetFileNameWithoutExtension(file)))
                {
                    File.Delete(file);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Old files in the load cache {Folder} cannot be deleted: {Reason}", _folder, ex.Message);
        }
    }

    private InterviewLoadResult? TryRead(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("The load cache file {File} cannot be read ({Reason}): loading the interview from its files", path, ex.Message);
            return null;
        }

        var body = bytes.AsSpan(0, Math.Max(0, bytes.Length - HashBytes));
        if (bytes.Length < HashBytes || !SHA256.HashData(body).AsSpan().SequenceEqual(bytes.AsSpan(body.Length)))
        {
            _logger.LogWarning("The load cache file {File} is damaged: loading the interview from its files", path);
            return null;
        }

        try
        {
            using var stream = new MemoryStream(bytes, 0, body.Length, writable: false);
            return LoadResultReader.Read(stream);
        }
        catch (InvalidDataException ex)
        {
            _logger.LogWarning("The load cache file {File} cannot be used ({Reason}): loading the interview from its files", path, ex.Message);
            return null;
        }
    }

    private void TryWrite(string path, InterviewLoadResult result)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            using (var stream = new MemoryStream())
            {
                LoadResultWriter.Write(stream, result);
                stream.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
                File.WriteAllBytes(temporary, stream.ToArray());
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temporary);
            if (Interlocked.Exchange(ref _writeFailed, 1) == 0)
            {
                _logger.LogWarning("The load cache {Folder} cannot be written ({Reason}): the next start parses and aligns again", _folder, ex.Message);
            }
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind: it is never read (not named as an entry) and is overwritten on the next try.
        }
    }
}
