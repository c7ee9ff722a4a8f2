namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>The pages under test.</summary>
internal static class Routes
{
    public const string Library = "/";
    public const string Both = "/interviews/emad-mostaque";
    public const string Hindi = "/interviews/emad-mostaque/hi";
    public const string Bengali = "/interviews/emad-mostaque/bn";
    public const string UnknownInterview = "/interviews/nope";
    public const string UnknownLanguage = "/interviews/emad-mostaque/xx";

    /// <summary>The three views of the interview.</summary>
    public static readonly string[] ReaderViews = [Both, Hindi, Bengali];

    /// <summary>The titled sections' ids.</summary>
    public static readonly string[] SectionIds = ["founders-call", "centralised-power", "decentralised-intelligence", "democracy"];
}
