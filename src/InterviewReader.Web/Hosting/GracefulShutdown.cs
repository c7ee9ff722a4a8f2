using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.Hosting;

/// <summary>Wires <see cref="ShutdownDrain"/>: the shutdown timeout, the connection count and <c>Connection: close</c> while draining.</summary>
public static class GracefulShutdown
{
    /// <summary>Registers the drain, counts Kestrel's connections and sets the host's shutdown timeout.</summary>
    public static WebApplicationBuilder AddGracefulShutdown(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ShutdownOptions>().Bind(builder.Configuration.GetSection(ShutdownOptions.Section));
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(Math.Max(shutdown.Value.TimeoutSeconds, 1)));
        builder.Services.AddSingleton<ShutdownDrain>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ShutdownDrain>());
        builder.Services.AddOptions<KestrelServerOptions>().Configure<ShutdownDrain>((kestrel, drain) =>
            kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => connection => drain.TrackAsync(() => next(connection)))));
        return builder;
    }

    /// <summary>While draining, every HTTP/1 answer closes its connection, so no client sends another request on it.</summary>
    public static IApplicationBuilder UseGracefulShutdown(this IApplicationBuilder app)
    {
        var drain = app.ApplicationServices.GetRequiredService<ShutdownDrain>();
        return app.Use((context, next) =>
        {
            if (drain.IsDraining && (HttpProtocol.IsHttp11(context.Request.Protocol) || HttpProtocol.IsHttp10(context.Request.Protocol)))
            {
                context.Response.Headers.Connection = "close";
            }

            return next(context);
        });
    }
}
