using InterviewReader.Content.Problems;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InterviewReader.Web.ContentHosting;

/// <summary>
/// Readiness: the content is loaded; degraded when it has problems, unhealthy when nothing can be
/// served. Paths are relative to the content root, never the server's absolute paths.
/// </summary>
public sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = store.Current;
        var data = new Dictionary<string, object>
        {
            ["interviews"] = snapshot.Interviews.Length,
            ["errors"] = snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error),
            ["warnings"] = snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Warning),
            ["problems"] = snapshot.Problems.Select(p => new ProblemView(RelativeToRoot(p.File), p.Line, p.Severity.ToString().ToLowerInvariant(), p.Message)).ToArray(),
        };

        var result = snapshot.Interviews.IsEmpty
            ? HealthCheckResult.Unhealthy("No interview could be loaded", data: data)
            : snapshot.Problems.IsEmpty
                ? HealthCheckResult.Healthy($"{Count(snapshot.Interviews.Length, "interview")} loaded", data)
                : HealthCheckResult.Degraded($"{Count(snapshot.Interviews.Length, "interview")} loaded, {Count(snapshot.Problems.Length, "problem")}", data: data);
        return Task.FromResult(result);
    }

    // Files are named relative to the content root, as editors know them; the server's own
    // folders (the root's absolute path) are not for every visitor of /readyz to read.
    private string RelativeToRoot(string file) =>
        Path.IsPathRooted(file) ? Path.GetRelativePath(store.Root, file).Replace('\\', '/') : file;

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    /// <summary>A problem as /readyz shows it: the file, the line and what to do, as separate fields.</summary>
    private sealed record ProblemView(string File, int Line, string Severity, string Message);
}
