namespace InterviewReader.Web.Localization;

/// <summary>
/// The search interface's words in one language. Formats take numbers already in the language's
/// digits: {0} and {1} as each says.
/// </summary>
public sealed record SearchText(
    string Lang,
    string Search,
    string SearchLabel,
    string Hint,
    string NothingFound,
    string NothingFoundHint,
    string CommonWordsOnly,
    string CountFormat,
    string BestFormat,
    string QueryCutFormat,
    string Previous,
    string Next,
    string PageFormat,
    string Pages);
