using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewReader.Web.Tests.Support;

/// <summary>The real app over an in-memory server, on the fixture content (<see cref="RepoPaths.FixtureContent"/>) unless told otherwise.</summary>
public sealed class ReaderAppFactory : WebApplicationFactory<Program>
{
    /// <summary>The content root the app loads; never the repository's content/.</summary>
    public string ContentRoot { get; init; } = RepoPaths.FixtureContent;

    /// <summary>The load cache folder (<c>Content:CacheFolder</c>); empty, as by default, for none.</summary>
    public string CacheFolder { get; init; } = "";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Root", ContentRoot);
        builder.UseSetting("Content:CacheFolder", CacheFolder);
    }
}
