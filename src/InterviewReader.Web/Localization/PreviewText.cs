namespace InterviewReader.Web.Localization;

/// <summary>The words of the editors' live preview in one language (the problems themselves are <c>validate</c>'s, in English).</summary>
public sealed record PreviewText(
    string Lang,
    string Preview,
    string Problems,
    string NoProblems,
    string Stale,
    string NotPublished,
    string NoSuchInterview,
    string Interviews,
    string ReadingPage,
    string Reconnecting,
    string ReconnectFailed,
    string Retry);
