using System.Net;
using InterviewReader.Web.Hosting;
using InterviewReader.Web.Preview;
using InterviewReader.Web.Tests.Support;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.Tests.Preview;

public sealed class PreviewHostingTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    [Theory]
    [InlineData("/preview")]
    [InlineData("/preview/emad-mostaque")]
    public async Task Get_PreviewOutsideDevelopmentWithoutTheSetting_IsNotFound(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("blazor.web", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_HubWithThePreviewOff_IsNotServed()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_PreviewWithTheSetting_IsInteractiveUnderItsOwnPolicy()
    {
        using var app = Enabled();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/preview/emad-mostaque");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("<script src=\"/_framework/blazor\\.web\\.[a-z0-9]+\\.js\" autostart=\"false\">", html);
        Assert.Contains($"id=\"{Content.Model.Anchors.ReconnectModal}\"", html, StringComparison.Ordinal);
        Assert.Contains("<!--Blazor:", html, StringComparison.Ordinal);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(PreviewSecurity.ContentSecurityPolicy, csp);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Post_HubNegotiationWithThePreviewOn_IsServed()
    {
        using var app = Enabled();
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/interviews/emad-mostaque")]
    [InlineData("/interviews/emad-mostaque/hi")]
    [InlineData("/interviews/nope")]
    public async Task Get_ReadingPageWithThePreviewOn_StaysStaticWithoutScriptCircuitOrCookie(string path)
    {
        using var app = Enabled();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("/js/reader.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("blazor.web", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Content.Model.Anchors.ReconnectModal, html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public void Services_PreviewOn_CircuitAndHubLimitsComeFromConfiguration()
    {
        using var app = factory.WithWebHostBuilder(b => b
            .UseSetting("Preview:Enabled", "true")
            .UseSetting("Preview:Circuit:DisconnectedCircuitMaxRetained", "7")
            .UseSetting("Preview:Hub:MaximumReceiveMessageSize", "12345"));

        var circuit = app.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;
        var hubType = typeof(CircuitOptions).Assembly.GetType("Microsoft.AspNetCore.Components.Server.ComponentHub", throwOnError: true)!;
        var options = app.Services.GetRequiredService(typeof(IOptions<>).MakeGenericType(typeof(HubOptions<>).MakeGenericType(hubType)));
        var hub = (HubOptions)options.GetType().GetProperty(nameof(IOptions<HubOptions>.Value))!.GetValue(options)!;

        Assert.Equal(7, circuit.DisconnectedCircuitMaxRetained);
        // appsettings.json: a minute, not the framework's three.
        Assert.Equal(TimeSpan.FromMinutes(1), circuit.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(12345, hub.MaximumReceiveMessageSize);
    }

    private WebApplicationFactory<Program> Enabled() =>
        factory.WithWebHostBuilder(b => b.UseSetting("Preview:Enabled", "true"));
}
