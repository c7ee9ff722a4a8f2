using System.Runtime.CompilerServices;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Problems;
using InterviewReader.Content.Search;
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
    private readonly Dictionary<string, PendingChange> _pending = new(StringComparer.Ordinal);
    private readonly TimeSpan _settle;
    private readonly TimeSpan _shrinkSettle;
    private readonly TimeProvider _clock;
    private readonly Func<string, string, InterviewLoadResult> _load;
    private readonly ConditionalWeakTable<AlignedInterview, string> _sources = [];
    private readonly LoadCache? _cache;
    private int _fromCache;
    private ContentSnapshot _current = new([], []);
    private string? _rootProblem;
    private long _version;

    /// <summary>Loads the configured content root.</summary>
    public ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ILogger<ContentStore> logger)
        : this(options, environment, logger, InterviewFolderLoader.Load)
    {
    }

    /// <summary>Loads the configured content root, reading folders with <paramref name="load"/> (root, folder) and timing with <paramref name="clock"/>.</summary>
    internal ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ILogger<ContentStore> logger, Func<string, string, InterviewLoadResult> load, TimeProvider? clock = null)
    {
        _logger = logger;
        _load = load;
        _clock = clock ?? TimeProvider.System;
        _settle = TimeSpan.FromMilliseconds(options.Value.SettleMilliseconds);
        _shrinkSettle = TimeSpan.FromMilliseconds(options.Value.ShrinkSettleMilliseconds);
        Root = ContentRootResolver.Resolve(options.Value.Root, environment.ContentRootPath);
        _cache = options.Value.CacheFolder is { Length: > 0 } cacheFolder ? LoadCache.In(Path.GetFullPath(cacheFolder, environment.ContentRootPath), logger) : null;
        var started = _clock.GetTimestamp();
        lock (_gate)
        {
            WatchRoot();

            // Folders are read, parsed and aligned on every core (each alone: nothing is shared but
            // the thread-safe source table), then kept in name order as before.
            var loaded = FoldersOnDisk().AsParallel().AsOrdered()
                .Select(f => (f.Slug, Fingerprint: FolderFingerprint.Of(f.Folder), Result: Load(f.Folder)))
                .ToList();
            foreach (var (slug, fingerprint, result) in loaded)
            {
                Keep(slug, fingerprint, result, previous: null, startup: true);
            }

            Publish(startup: true);
        }

        var elapsed = _clock.GetElapsedTime(started).TotalMilliseconds;
        if (_cache is null)
        {
            _logger.LogInformation("Loaded {Count} interviews from {Root} with {Problems} problems in {Elapsed:0} ms", _current.Interviews.Length, Root, _current.Problems.Length, elapsed);
        }
        else
        {
            _logger.LogInformation(
                "Loaded {Count} interviews from {Root} with {Problems} problems in {Elapsed:0} ms, {FromCache} of {Folders} folders from the load cache",
                _current.Interviews.Length, Root, _current.Problems.Length, elapsed, _fromCache, _folders.Count);
            _cache.DeleteUnused();
        }
    }

    /// <summary>The absolute content root.</summary>
    public string Root { get; }

    /// <summary>The content being served now.</summary>
    public ContentSnapshot Current => Volatile.Read(ref _current);

    /// <summary>A number that changes whenever <see cref="Current"/> does.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>
    /// The content address of the files an interview was read from (<see cref="SourceHash"/>,
    /// taken when they were read), or an empty string for an interview this store did not load.
    /// </summary>
    public string SourceHashOf(AlignedInterview interview) => _sources.TryGetValue(interview, out var hash) ? hash : "";

    /// <summary>
    /// Raised after each new snapshot is published (an edit, an added or removed interview, or a
    /// reload that failed: its problems are in the snapshot, its last good version still served),
    /// with that snapshot, on the polling thread and outside the store's lock. Handlers must be quick
    /// and must not throw: the live preview hands the snapshot to its circuits and returns.
    /// </summary>
    public event Action<ContentSnapshot>? Published;

    /// <summary>
    /// Looks for changed, added and removed folders. A change is acted on once the folder has
    /// looked the same on two polls in a row and for the settle time, so a file still being
    /// written is not loaded, even when a slow poll is followed at once by the next. A version
    /// that suddenly lost much of the one being served (see <see cref="SuddenLoss"/>) waits
    /// for the longer shrink settle time of quiet.
    /// </summary>
    /// <returns>True when the served content changed.</returns>
    public bool Poll()
    {
        var changed = PollFolders();
        if (changed && Published is { } published)
        {
            var snapshot = Current;
            foreach (var handler in published.GetInvocationList().Cast<Action<ContentSnapshot>>())
            {
                try
                {
                    handler(snapshot);
                }
                catch (Exception ex)
                {
                    // One broken listener must not keep the others (or the page cache) from the new content.
                    _logger.LogError(ex, "A listener to published content failed");
                }
            }
        }

        return changed;
    }

    private bool PollFolders()
    {
        lock (_gate)
        {
            WatchRoot();
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
                else if (Settled(slug, fingerprint) is { } pending)
                {
                    changed |= TryLoad(slug, folder, pending, state);
                }
            }

            foreach (var slug in _folders.Keys.Where(s => !onDisk.ContainsKey(s)).ToList())
            {
                if (Settled(slug, "") is not null)
                {
                    _pending.Remove(slug);
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

    // The folder's pending change when it showed this fingerprint on an earlier poll too, at
    // least the settle time ago; null while it is new or still settling.
    private PendingChange? Settled(string slug, string fingerprint)
    {
        if (_pending.TryGetValue(slug, out var seen) && seen.Fingerprint == fingerprint)
        {
            return _clock.GetElapsedTime(seen.Since) < _settle ? null : seen;
        }

        _pending[slug] = new PendingChange(fingerprint, _clock.GetTimestamp(), Held: null);
        return null;
    }

    // Reads the folder and keeps what was read, unless a file changed while it was being read:
    // then the files read may come from two versions (one language old, one new), so nothing is
    // kept and the new state must settle again. A version that suddenly lost much of the served
    // one is held (not read again) until the folder has been quiet for the shrink settle time.
    private bool TryLoad(string slug, string folder, PendingChange pending, FolderState? previous)
    {
        var result = pending.Held;
        if (result is null)
        {
            result = Load(folder);
            var after = FolderFingerprint.Of(folder);
            if (after != pending.Fingerprint)
            {
                _logger.LogInformation("Interview {Interview} changed while it was being read: waiting for it to settle", slug);
                _pending[slug] = new PendingChange(after, _clock.GetTimestamp(), Held: null);
                return false;
            }
        }

        var quiet = _clock.GetElapsedTime(pending.Since);
        if (quiet < _shrinkSettle && previous?.LastGood is { } served && result.Interview is { } candidate && SuddenLoss.Describe(served, candidate) is { } loss)
        {
            if (pending.Held is null)
            {
                _logger.LogInformation(
                    "Interview {Interview} changed and {Loss}: publishing it only after {Quiet} ms without changes, in case a file is still being written",
                    slug,
                    loss,
                    _shrinkSettle.TotalMilliseconds);
                _pending[slug] = pending with { Held = result };
            }

            return false;
        }

        _pending.Remove(slug);
        Keep(slug, pending.Fingerprint, result, previous);
        return true;
    }

    // Reads a folder (or its result kept from an earlier load) and hashes its files; a change
    // between the two shows in the fingerprint check after.
    private InterviewLoadResult Load(string folder)
    {
        var (result, fromCache) = _cache?.Load(Root, folder, _load) ?? (_load(Root, folder), false);
        if (fromCache)
        {
            Interlocked.Increment(ref _fromCache);
        }

        if (result.Interview is { } interview)
        {
            _sources.AddOrUpdate(interview, SourceHash.Of(folder));
        }

        return result;
    }

    // Logs when the root becomes unreadable (at Error, with the path and why) and when it is back.
    private void WatchRoot()
    {
        var problem = ContentRootProblem.Of(Root);
        if (problem == _rootProblem)
        {
            return;
        }

        if (problem is not null)
        {
            _logger.LogError("The content root {Root} cannot be read: {Reason}. Set Content:Root to the folder that holds the interview folders", Root, problem);
        }
        else
        {
            _logger.LogInformation("The content root {Root} can be read again", Root);
        }

        _rootProblem = problem;
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

    // A reloaded snapshot's search index is built before the snapshot is served, so search has the
    // new version in the same moment as the pages; at start-up it is built beside serving the pages
    // (a search that comes first waits for it), so the site is up without waiting for the index.
    private void Publish(bool startup = false)
    {
        var snapshot = ContentLibrary.Combine(Root, _folders.Values.Select(f => f.Latest with { Interview = f.LastGood }));
        if (startup)
        {
            _ = Task.Run(() => IndexForSearch(snapshot));
        }
        else
        {
            IndexForSearch(snapshot);
        }
        Volatile.Write(ref _current, snapshot);
        Interlocked.Increment(ref _version);
    }

    private void IndexForSearch(ContentSnapshot snapshot)
    {
        var started = _clock.GetTimestamp();
        var index = SearchIndex.For(snapshot);
        _logger.LogInformation("Indexed {Passages} passages for search in {Elapsed:0} ms", index.PassageCount, _clock.GetElapsedTime(started).TotalMilliseconds);
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
