using InterviewReader.Content.Loading;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.ContentHosting;

/// <summary>Holds the content the site serves. Readers take <see cref="Current"/> once per request, so a page never mixes two versions.</summary>
public sealed class ContentStore
{
    private readonly ILogger<ContentStore> _logger;
    private readonly ContentSnapshot _current;

    /// <summary>Loads the configured content root.</summary>
    public ContentStore(IOptions<ContentOptions> options, IHostEnvironment environment, ILogger<ContentStore> logger)
    {
        _logger = logger;
        Root = ContentRootResolver.Resolve(options.Value.Root, environment.ContentRootPath);
        _current = Load();
    }

    /// <summary>The absolute content root.</summary>
    public string Root { get; }

    /// <summary>The content being served now.</summary>
    public ContentSnapshot Current => _current;

    private ContentSnapshot Load()
    {
        var started = TimeProvider.System.GetTimestamp();
        var snapshot = ContentLibrary.Load(Root);
        foreach (var problem in snapshot.Problems)
        {
            _logger.LogWarning("Content problem {File}:{Line}: {Severity}: {Message}", problem.File, problem.Line, problem.Severity, problem.Message);
        }

        _logger.LogInformation(
            "Loaded {Count} interviews from {Root} with {Problems} problems in {Elapsed:0} ms",
            snapshot.Interviews.Length, Root, snapshot.Problems.Length, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        return snapshot;
    }
}
