using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewReader.Web.Tests.Http;

/// <summary>The app's output cache store, counting the responses stored in it: each one was rendered and compressed.</summary>
internal sealed class CountingOutputCacheStore(IOutputCacheStore inner) : IOutputCacheStore
{
    private int _stored;

    public int Stored => Volatile.Read(ref _stored);

    /// <summary>Wraps the registered store of <paramref name="services"/> in a counting one, reachable as a singleton.</summary>
    public static void Install(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(original);
        services.AddSingleton(sp => new CountingOutputCacheStore(original.ImplementationFactory is { } factory
            ? (IOutputCacheStore)factory(sp)
            : original.ImplementationInstance as IOutputCacheStore ?? (IOutputCacheStore)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)));
        services.AddSingleton<IOutputCacheStore>(sp => sp.GetRequiredService<CountingOutputCacheStore>());
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _stored);
        return inner.SetAsync(key, value, tags, validFor, cancellationToken);
    }
}
