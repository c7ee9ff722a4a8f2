using InterviewReader.Content.Loading;
using InterviewReader.Content.Problems;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.ContentHosting;

/// <summary>
/// Holds the content the site serves and keeps it in step with the content folder. A request
/// reads <see cref="Current"/> once, and snapshots are swapped whole, so a page never mixes two
/// versions. A folder that fails to load keeps serving its last good version.
/// </summary>
public sealed class ContentStore
{
    private readonly ILogger<ContentStore> _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FolderState> _folders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Fingerprint, long Since)> _pending = new(StringComparer.Ordinal);
    private readonly TimeSpan _settle;
    private readonly Func<string, string, InterviewLoadResult> _load;
    private ContentSnapshot _current = new([], []);
    private long _version;

    /// <summary>Loads the configured content root.</summary>
    public ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ILogger<ContentStore> logger)
        : this(options, environment, logger, InterviewFolderLoader.Load)
    {
    }

    /// <summary>Loads the configured content root, reading folders with <paramref name="load"/> (root, folder).</summary>
    internal ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ILogger<ContentStore> logger, Func<string, string, InterviewLoadResult> load)
    {
        _logger = logger;
        _load = load;
        _settle = TimeSpan.FromMilliseconds(options.Value.SettleMilliseconds);
        Root = ContentRootResolver.Resolve(options.Value.Root, environment.ContentRootPath);
        var started = TimeProvider.System.GetTimestamp();
        lock (_gate)
        {
            foreach (var (slug, folder) in FoldersOnDisk())
            {
                var fingerprint = FolderFingerprint.Of(folder);
                Keep(slug, fingerprint, _load(Root, folder), previous: null, startup: true);
            }

            Publish();
        }

        _logger.LogInformation(
            "Loaded {Count} interviews from {Root} with {Problems} problems in {Elapsed:0} ms",
            _current.Interviews.Length, Root, _current.Problems.Length, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
    }

    /// <summary>The absolute content root.</summary>
    public string Root { get; }

    /// <summary>The content being served now.</summary>
    public ContentSnapshot Current => Volatile.Read(ref _current);

    /// <summary>A number that changes whenever <see cref="Current"/> does.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>
    /// Looks for changed, added and removed folders. A change is acted on once the folder has
    /// looked the same on two polls in a row and for the settle time, so a file still being
    /// written is not loaded, even when a slow poll is followed at once by the next.
    /// </summary>
    /// <returns>True when the served content changed.</returns>
    public bool Poll()
    {
        lock (_gate)
        {
            var changed = false;
            var onDisk = FoldersOnDisk().ToDictionary(f => f.Slug, f => f.Folder, StringComparer.Ordinal);
            foreach (var (slug, folder) in onDisk)
            {
                var fingerprint = FolderFingerprint.Of(folder);
                _folders.TryGetValue(slug, out var state);
                if (state?.Fingerprint == fingerprint)
                {
                    _pending.Remove(slug);
                }
                else if (Settled(slug, fingerprint))
                {
                    changed |= TryLoad(slug, folder, fingerprint, state);
                }
            }

            foreach (var slug in _folders.Keys.Where(s => !onDisk.ContainsKey(s)).ToList())
            {
                if (Settled(slug, ""))
                {
                    _folders.Remove(slug);
                    _logger.LogInformation("Interview {Interview} was removed", slug);
                    changed = true;
                }
            }

            if (changed)
            {
                Publish();
            }

            return changed;
        }
    }

    // True when the folder showed this fingerprint on an earlier poll too, at least the settle time ago.
    private bool Settled(string slug, string fingerprint)
    {
        if (_pending.TryGetValue(slug, out var seen) && seen.Fingerprint == fingerprint)
        {
            if (TimeProvider.System.GetElapsedTime(seen.Since) < _settle)
            {
                return false;
            }

            _pending.Remove(slug);
            return true;
        }

        _pending[slug] = (fingerprint, TimeProvider.System.GetTimestamp());
        return false;
    }

    // Reads the folder and keeps what was read, unless a file changed while it was being read:
    // then the files read may come from two versions (one language old, one new), so nothing is
    // kept and the new state must settle again.
    private bool TryLoad(string slug, string folder, string fingerprint, FolderState? previous)
    {
        var result = _load(Root, folder);
        var after = FolderFingerprint.Of(folder);
        if (after != fingerprint)
        {
            _logger.LogInformation("Interview {Interview} changed while it was being read: waiting for it to settle", slug);
            _pending[slug] = (after, TimeProvider.System.GetTimestamp());
            return false;
        }

        Keep(slug, fingerprint, result, previous);
        return true;
    }

    private void Keep(string slug, string fingerprint, InterviewLoadResult result, FolderState? previous, bool startup = false)
    {
        foreach (var problem in result.Problems)
        {
            _logger.Log(
                problem.Severity == ProblemSeverity.Error ? LogLevel.Error : LogLevel.Warning,
                "Content problem {File}:{Line}: {Severity}: {Message}",
                problem.File,
                problem.Line,
                problem.Severity,
                problem.Message);
        }

        if (result.Interview is null && previous?.LastGood is not null)
        {
            _logger.LogError("Interview {Interview} failed to reload: still serving its last good version", slug);
        }
        else if (result.Interview is null)
        {
            _logger.LogError("Interview {Interview} cannot be published until its errors are fixed", slug);
        }
        else if (previous is not null)
        {
            _logger.LogInformation("Interview {Interview} reloaded", slug);
        }
        else if (!startup)
        {
            _logger.LogInformation("Interview {Interview} added", slug);
        }

        _folders[slug] = new FolderState(fingerprint, result, result.Interview ?? previous?.LastGood);
    }

    private void Publish()
    {
        var snapshot = ContentLibrary.Combine(Root, _folders.Values.Select(f => f.Latest with { Interview = f.LastGood }));
        Volatile.Write(ref _current, snapshot);
        Interlocked.Increment(ref _version);
    }

    private IEnumerable<(string Slug, string Folder)> FoldersOnDisk()
    {
        try
        {
            return ContentLibrary.InterviewFolders(Root).Select(f => (Path.GetFileName(f), f)).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogError(ex, "Cannot list the content root {Root}", Root);
            return [];
        }
    }
}
