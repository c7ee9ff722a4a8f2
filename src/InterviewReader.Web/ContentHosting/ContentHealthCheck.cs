using InterviewReader.Content.Problems;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InterviewReader.Web.ContentHosting;

/// <summary>Readiness: the content is loaded; degraded when it has problems, unhealthy when nothing can be served.</summary>
public sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = store.Current;
        var data = new Dictionary<string, object>
        {
            ["root"] = store.Root,
            ["interviews"] = snapshot.Interviews.Length,
            ["errors"] = snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error),
            ["warnings"] = snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Warning),
            ["problems"] = snapshot.Problems.Select(p => p.ToString()).ToArray(),
        };

        var result = snapshot.Interviews.IsEmpty
            ? HealthCheckResult.Unhealthy("No interview could be loaded", data: data)
            : snapshot.Problems.IsEmpty
                ? HealthCheckResult.Healthy($"{snapshot.Interviews.Length} interviews loaded", data)
                : HealthCheckResult.Degraded($"{snapshot.Interviews.Length} interviews loaded, {snapshot.Problems.Length} problems", data: data);
        return Task.FromResult(result);
    }
}
