using Microsoft.Playwright;

namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>The system's Chromium, launched through Playwright (never `playwright install`: there is no internet).</summary>
internal static class Chromium
{
    /// <summary>Debian's chromium package.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Fails with a clear message when Chromium is not installed, so the browser tests fail rather than pass unseen.</summary>
    public static void EnsureInstalled()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ExecutablePath}; it is missing. Install it with `apt-get install chromium`.");
        }
    }

    /// <summary>Launches headless Chromium.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        EnsureInstalled();
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }
}
