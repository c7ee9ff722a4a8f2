using System.Net;
using System.Text.Json;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Http;

/// <summary>/readyz names files relative to the content root and never shows the server's absolute paths.</summary>
public sealed class ReadyzPathTests
{
    [Fact]
    public async Task Readyz_MissingContentRoot_Is503WithoutTheAbsolutePath()
    {
        using var content = new TempContent();
        var missing = Path.Combine(content.Root, "no-such-content");
        await using var app = new ReaderAppFactory { ContentRoot = missing };
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/readyz");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain(content.Root, body, StringComparison.Ordinal);
        var problem = Assert.Single(Problems(body));
        Assert.Equal(".", problem.GetProperty("file").GetString());
        Assert.Contains("does not exist", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_BrokenFolder_NamesTheFileRelativeToTheRootOnly()
    {
        using var content = new TempContent().WriteInterview("first").Write("broken/hi.md", "no front matter\n");
        await using var app = new ReaderAppFactory { ContentRoot = content.Root };
        using var client = app.CreateClient();

        var body = await client.GetStringAsync("/readyz");

        Assert.DoesNotContain(content.Root, body, StringComparison.Ordinal);
        Assert.Equal(["broken/hi.md"], Problems(body).Select(p => p.GetProperty("file").GetString()).Distinct());
    }

    private static JsonElement[] Problems(string body) =>
        [.. JsonDocument.Parse(body).RootElement.GetProperty("checks").GetProperty("content").GetProperty("data").GetProperty("problems").EnumerateArray()];
}
