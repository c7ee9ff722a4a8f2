namespace InterviewReader.Web.Cli;

/// <summary>
/// The arguments the web server takes (<c>--urls URL</c>, <c>--environment NAME</c>,
/// <c>--Content:Root=PATH</c>, <c>Key=value</c>), read the way .NET's command-line configuration
/// reads them, to tell them from a command word the app does not know.
/// </summary>
public static class HostArguments
{
    /// <summary>
    /// The first argument that is neither a setting nor a setting's value (such as <c>export</c>
    /// or a mistyped <c>valdate</c>), or null when all are host settings.
    /// </summary>
    public static string? FirstCommandWord(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.Contains('=', StringComparison.Ordinal))
            {
                continue;
            }

            // "--key value" and "/key value" take the next argument as the value; a single-dash
            // "-k" without a value is skipped by the configuration reader and takes nothing.
            if (arg.StartsWith("--", StringComparison.Ordinal) || arg.StartsWith('/'))
            {
                i++;
                continue;
            }

            if (arg.StartsWith('-'))
            {
                continue;
            }

            return arg;
        }

        return null;
    }
}
