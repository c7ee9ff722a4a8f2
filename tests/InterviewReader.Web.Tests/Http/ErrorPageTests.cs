using System.Net;
using InterviewReader.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewReader.Web.Tests.Http;

/// <summary>The error page appears after a failure, with 500; asked for directly it is not a page: 404.</summary>
public sealed class ErrorPageTests : IDisposable
{
    private const string Failing = "/test-only/fails";
    private readonly TempContent _content = new TempContent().WriteInterview("first");

    [Theory]
    [InlineData("/error")]
    [InlineData("/Error")]
    [InlineData("/ERROR/")]
    public async Task Get_ErrorPageDirectly_Is404WithTheNotFoundPage(string path)
    {
        await using var app = new ReaderAppFactory { ContentRoot = _content.Root };
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Something went wrong", body, StringComparison.Ordinal);
        Assert.Contains("</html>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RequestThatThrows_Is500WithTheErrorPage()
    {
        await using var app = new ReaderAppFactory { ContentRoot = _content.Root }.WithWebHostBuilder(b =>
            b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, ThrowingEndOfPipeline>()));
        using var client = app.CreateClient();

        using var response = await client.GetAsync(Failing);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/error")).StatusCode);
    }

    public void Dispose() => _content.Dispose();

    // A failure inside the app's pipeline: after everything the app maps, one test-only address throws.
    private sealed class ThrowingEndOfPipeline : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == Failing
                ? throw new InvalidOperationException("a failure for the test")
                : nextMiddleware(context));
        };
    }
}
