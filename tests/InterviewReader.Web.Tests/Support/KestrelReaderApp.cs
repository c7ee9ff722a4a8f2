using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewReader.Web.Tests.Support;

/// <summary>The real app on real Kestrel, on a free loopback port (on the fixture content unless told otherwise), for tests that need real sockets.</summary>
public sealed class KestrelReaderApp : IDisposable
{
    private readonly ReaderAppFactory _factory;

    public KestrelReaderApp()
        : this(RepoPaths.FixtureContent)
    {
    }

    private KestrelReaderApp(string contentRoot)
    {
        _factory = new ReaderAppFactory { ContentRoot = contentRoot };
        _factory.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public Uri BaseAddress { get; }

    public static KestrelReaderApp On(string contentRoot) => new(contentRoot);

    public HttpClient CreateClient() => new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = BaseAddress };

    public void Dispose() => _factory.Dispose();
}
