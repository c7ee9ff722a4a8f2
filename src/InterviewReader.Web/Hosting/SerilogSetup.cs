using Serilog;
using Serilog.Configuration;
using Serilog.Formatting.Compact;

namespace InterviewReader.Web.Hosting;

/// <summary>Serilog's two-stage set-up: a bootstrap logger for start-up, then the configured one.</summary>
public static class SerilogSetup
{
    /// <summary>The logger used until the host is built, so start-up failures are logged.</summary>
    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

    /// <summary>Reads levels from configuration; plain text in Development, compact JSON elsewhere.</summary>
    public static void Configure(IServiceProvider services, LoggerConfiguration logger)
    {
        logger.ReadFrom.Configuration(services.GetRequiredService<IConfiguration>()).ReadFrom.Services(services).Enrich.FromLogContext();
        if (services.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            logger.WriteTo.Console();
        }
        else
        {
            // One compact JSON line per event, written in batches: a busy server writes once per
            // batch rather than once per request line.
            logger.WriteTo.Sink(
                new BatchedStdoutSink(new CompactJsonFormatter(), Console.OpenStandardOutput()),
                new BatchingOptions { BufferingTimeLimit = TimeSpan.FromMilliseconds(100), BatchSizeLimit = 1000, QueueLimit = 100_000 });
        }
    }
}
