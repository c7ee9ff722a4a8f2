using System.Net;
using System.Text.Json;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Http;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_AnsweringProcess_Returns200Healthy()
    {
        await using var app = new ReaderAppFactory();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", (await ReadJson(response)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_BundledContent_HealthyWithOneInterviewAndNoProblems()
    {
        await using var app = new ReaderAppFactory();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/readyz");
        var data = (await ReadJson(response)).GetProperty("checks").GetProperty("content").GetProperty("data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, data.GetProperty("interviews").GetInt32());
        Assert.Equal(0, data.GetProperty("errors").GetInt32());
    }

    [Fact]
    public async Task Readyz_BrokenSiblingFolder_DegradedAndNamesTheProblem()
    {
        using var content = new TempContent().CopyBundled().Write("broken/hi.md", "no front matter\n");
        await using var app = new ReaderAppFactory { ContentRoot = content.Root };
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/readyz");
        var json = await ReadJson(response);
        var problems = json.GetProperty("checks").GetProperty("content").GetProperty("data").GetProperty("problems");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", json.GetProperty("status").GetString());
        var problem = Assert.Single(problems.EnumerateArray(), p => p.GetProperty("file").GetString() == "broken/hi.md");
        Assert.Equal(1, problem.GetProperty("line").GetInt32());
        Assert.Equal("error", problem.GetProperty("severity").GetString());
        Assert.Contains("front matter", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\\u0027", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/interviews/emad-mostaque")).StatusCode);
    }

    [Fact]
    public async Task Readyz_NoContent_Returns503()
    {
        using var content = new TempContent();
        await using var app = new ReaderAppFactory { ContentRoot = content.Root };
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    private static async Task<JsonElement> ReadJson(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Theory]
    [InlineData("/readyz")]
    [InlineData("/healthz")]
    public async Task HealthEndpoints_Post_IsNotAllowed(string path)
    {
        await using var app = new ReaderAppFactory();
        using var client = app.CreateClient();

        using var response = await client.PostAsync(path, null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
