using System.Net;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Http;

/// <summary>A script view exists only for a language the interview has; side by side in one script only with two languages.</summary>
public sealed class ScriptViewLanguageTests : IAsyncLifetime
{
    private readonly TempContent _content = new TempContent()
        .Interview("solo", ("hi", ["one", "two"]));

    private ReaderAppFactory? _app;

    public Task InitializeAsync()
    {
        _app = new ReaderAppFactory { ContentRoot = _content.Root };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _content.Dispose();
    }

    [Theory]
    [InlineData("/interviews/solo/hi-beng", HttpStatusCode.OK)]
    [InlineData("/interviews/solo/bn-deva", HttpStatusCode.NotFound)]
    [InlineData("/interviews/solo/deva", HttpStatusCode.NotFound)]
    [InlineData("/interviews/solo/beng", HttpStatusCode.NotFound)]
    [InlineData("/interviews/nobody/hi-beng", HttpStatusCode.NotFound)]
    public async Task Get_ScriptViewOfAnInterviewInOneLanguage_ExistsOnlyForThatLanguage(string url, HttpStatusCode expected)
    {
        using var client = _app!.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }
}
