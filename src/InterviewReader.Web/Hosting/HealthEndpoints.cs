using System.Text.Json;
using InterviewReader.Web.ContentHosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InterviewReader.Web.Hosting;

/// <summary><c>/healthz</c> (the process answers) and <c>/readyz</c> (content loaded, with its problems) as JSON.</summary>
public static class HealthEndpoints
{
    /// <summary>The liveness path.</summary>
    public const string Liveness = "/healthz";

    /// <summary>The readiness path.</summary>
    public const string Readiness = "/readyz";

    /// <summary>Registers the checks.</summary>
    public static IServiceCollection AddReaderHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content", tags: ["ready"]);
        return services;
    }

    /// <summary>Maps both endpoints.</summary>
    public static void MapReaderHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(Liveness, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks(Readiness, new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteAsync });
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
