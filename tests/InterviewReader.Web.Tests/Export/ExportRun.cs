using InterviewReader.Web.Cli;

namespace InterviewReader.Web.Tests.Export;

/// <summary>Runs <c>export</c> through the app's command line, as an operator types it, capturing what it prints.</summary>
internal static class ExportRun
{
    /// <summary>The base URL the tests export for.</summary>
    public const string BaseUrl = "https://reader.example.org/";

    /// <summary>Exports <paramref name="contentRoot"/> to <paramref name="folder"/>; returns the exit code and the output.</summary>
    public static (int Code, string Output) Run(string contentRoot, string folder, params string[] more)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = AppCommandLine.Run(
            ["export", folder, "--content", contentRoot, .. more.Contains("--base-url") ? [] : new[] { "--base-url", BaseUrl }, .. more],
            _ => throw new InvalidOperationException("export must not start the web server"),
            (_, _) => throw new InvalidOperationException("export must not run validate's command"),
            output,
            error);
        return (code, output.ToString() + error);
    }

    /// <summary>A folder path in a fresh temporary parent (so leftovers beside it can be checked), not yet created.</summary>
    public static string NewTarget()
    {
        var parent = Path.Combine(Path.GetTempPath(), "ir-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(parent);
        return Path.Combine(parent, "site");
    }

    /// <summary>Deletes the target's temporary parent.</summary>
    public static void Clean(string target)
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(target)!, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
