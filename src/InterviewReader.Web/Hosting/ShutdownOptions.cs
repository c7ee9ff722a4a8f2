namespace InterviewReader.Web.Hosting;

/// <summary>The <c>Shutdown</c> configuration section: how the app stops on SIGTERM or Ctrl+C.</summary>
public sealed class ShutdownOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Shutdown";

    /// <summary>
    /// After the stop signal, how long at most the app keeps answering on open connections (each
    /// answer with <c>Connection: close</c>, <c>/readyz</c> 503) before it stops accepting and
    /// closes them, in milliseconds; it moves on as soon as no connection is left. 0: stop at once.
    /// </summary>
    public int DrainMilliseconds { get; set; } = 2000;

    /// <summary>How long stopping may take in all (the drain, then the requests still running), in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
