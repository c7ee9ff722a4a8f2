using System.Text.Encodings.Web;
using System.Text.Json;
using InterviewReader.Web.ContentHosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InterviewReader.Web.Hosting;

/// <summary><c>/healthz</c> (the process answers) and <c>/readyz</c> (content loaded, with its problems; 503 once stopping) as JSON.</summary>
public static class HealthEndpoints
{
    /// <summary>The liveness path.</summary>
    public const string Liveness = "/healthz";

    /// <summary>The readiness path.</summary>
    public const string Readiness = "/readyz";

    /// <summary>Registers the checks.</summary>
    public static IServiceCollection AddReaderHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<ContentHealthCheck>("content", tags: ["ready"])
            .AddCheck<ShutdownDrain>("shutdown", tags: ["ready"]);
        return services;
    }

    // Readable by a person too: Devanagari, Bengali and quotes as they are, not as \u escapes
    // (the body is JSON served with nosniff, never placed in HTML).
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    /// <summary>Maps both endpoints, for GET and HEAD.</summary>
    public static void MapReaderHealthChecks(this WebApplication app)
    {
        var methods = new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]);
        app.MapHealthChecks(Liveness, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).WithMetadata(methods);
        app.MapHealthChecks(Readiness, new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteAsync }).WithMetadata(methods);
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
        return JsonSerializer.SerializeAsync(context.Response.Body, body, Json, context.RequestAborted);
    }
}
