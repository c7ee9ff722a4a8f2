using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewReader.Web.Tests.Http;

/// <summary>The app's response compression, counting the responses it compresses: each one was rendered, not served from the cache.</summary>
internal sealed class CountingCompressionProvider(IResponseCompressionProvider inner) : IResponseCompressionProvider
{
    private int _compressed;

    public int Compressed => Volatile.Read(ref _compressed);

    /// <summary>Puts a counting provider in front of the app's own, reachable as a singleton.</summary>
    public static void Install(IServiceCollection services)
    {
        services.AddSingleton(sp => new CountingCompressionProvider(ActivatorUtilities.CreateInstance<ResponseCompressionProvider>(sp)));
        services.AddSingleton<IResponseCompressionProvider>(sp => sp.GetRequiredService<CountingCompressionProvider>());
    }

    public ICompressionProvider? GetCompressionProvider(HttpContext context)
    {
        var provider = inner.GetCompressionProvider(context);
        if (provider is not null)
        {
            Interlocked.Increment(ref _compressed);
        }

        return provider;
    }

    public bool ShouldCompressResponse(HttpContext context) => inner.ShouldCompressResponse(context);

    public bool CheckRequestAcceptsCompression(HttpContext context) => inner.CheckRequestAcceptsCompression(context);
}
