namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>Where screenshots go: $SCREENSHOT_DIR, or screenshots/ beside the test assembly.</summary>
internal static class Screenshots
{
    /// <summary>The folder, created when first asked for.</summary>
    public static string Directory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("SCREENSHOT_DIR");
            var dir = string.IsNullOrWhiteSpace(configured) ? Path.Combine(AppContext.BaseDirectory, "screenshots") : configured;
            System.IO.Directory.CreateDirectory(dir);
            return dir;
        }
    }

    /// <summary>A file name for a page path and viewport: "interviews-emad-mostaque-hi_phone.png".</summary>
    public static string PathFor(string pagePath, string viewport, string? suffix = null)
    {
        var name = pagePath.Trim('/').Replace('/', '-').Replace('#', '_');
        if (name.Length == 0)
        {
            name = "library";
        }

        return Path.Combine(Directory, $"{name}_{viewport}{(suffix is null ? "" : "_" + suffix)}.png");
    }
}
