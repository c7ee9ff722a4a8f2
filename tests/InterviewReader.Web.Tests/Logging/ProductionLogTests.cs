using System.Diagnostics;
using System.Text.Json;

namespace InterviewReader.Web.Tests.Logging;

/// <summary>What an operator sees on stdout in Production: one compact JSON object per line, one line per request.</summary>
public sealed class ProductionLogTests
{
    [Fact]
    public async Task Production_EveryLineIsCompactJson_OneRequestLinePerRequest_FlushedOnStop()
    {
        var app = AppProcess.Start(RepoPaths.FixtureContent, AppProcess.FreePort());
        await using (app)
        {
            await app.WaitForOkAsync("/interviews/emad-mostaque", Stopwatch.StartNew());
            using var client = new HttpClient { BaseAddress = app.BaseUrl };
            using (var response = await client.GetAsync("/interviews/emad-mostaque/bn?from=log-test"))
            {
                Assert.True(response.IsSuccessStatusCode);
            }

            await app.StopAsync();
        }

        var lines = app.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var events = lines.Select(line => ParseEvent(line, app.Output)).ToList();
        var requests = events.Where(e => e.TryGetProperty("RequestPath", out var path) && path.GetString() == "/interviews/emad-mostaque/bn").ToList();

        var request = Assert.Single(requests);
        Assert.StartsWith("HTTP {RequestMethod} {RequestPath}", request.GetProperty("@mt").GetString(), StringComparison.Ordinal);
        Assert.Equal(200, request.GetProperty("StatusCode").GetInt32());
        Assert.Equal("GET", request.GetProperty("RequestMethod").GetString());
        // Written after the request, during shutdown: batched lines are flushed before exit.
        Assert.Contains(events, e => e.GetProperty("@mt").GetString() == "Application is shutting down...");
    }

    private static JsonElement ParseEvent(string line, string output)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("@t", out _), $"no @t timestamp in: {line}");
            Assert.True(json.RootElement.TryGetProperty("@mt", out _), $"no @mt message template in: {line}");
            return json.RootElement.Clone();
        }
        catch (JsonException)
        {
            Assert.Fail($"a stdout line is not JSON: {line}\n--- all output:\n{output}");
            throw;
        }
    }
}
