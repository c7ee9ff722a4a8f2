using Microsoft.Playwright;

namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>The screen sizes the tests use.</summary>
internal static class Viewports
{
    /// <summary>A laptop: the side-by-side view shows two columns.</summary>
    public static ViewportSize Desktop => new() { Width = 1280, Height = 900 };

    /// <summary>A phone: the pairs stack row by row.</summary>
    public static ViewportSize Phone => new() { Width = 390, Height = 844 };

    /// <summary>The viewport for a name used in theory data ("desktop" or "phone").</summary>
    public static ViewportSize Named(string name) => name switch
    {
        "desktop" => Desktop,
        "phone" => Phone,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "desktop or phone"),
    };
}
