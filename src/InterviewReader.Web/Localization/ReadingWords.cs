namespace InterviewReader.Web.Localization;

/// <summary>
/// The words of the reading aids in one language: the keyboard shortcuts' help dialog and the hint
/// that names it. (A sentence with no counterpart says <see cref="UiText.MissingHere"/>.)
/// </summary>
/// <param name="Shortcuts">The help dialog's title.</param>
/// <param name="NextPair">What <c>j</c> does.</param>
/// <param name="PreviousPair">What <c>k</c> does.</param>
/// <param name="SwitchView">What the digits do (each digit is followed by its view's name).</param>
/// <param name="ShowTranslation">What Enter (or a click or tap) on a sentence does in a one-language view.</param>
/// <param name="CopyLink">What <c>c</c> does.</param>
/// <param name="CloseKey">What Esc does.</param>
/// <param name="Help">What <c>?</c> does.</param>
/// <param name="Close">The dialog's close button.</param>
/// <param name="Hint">The hint, for screen readers, that <c>?</c> lists the shortcuts.</param>
public sealed record ReadingWords(
    string Shortcuts,
    string NextPair,
    string PreviousPair,
    string SwitchView,
    string ShowTranslation,
    string CopyLink,
    string CloseKey,
    string Help,
    string Close,
    string Hint)
{
    /// <summary>English.</summary>
    public static ReadingWords English { get; } = new(
        "Keyboard shortcuts", "Next sentence and its translation", "Previous sentence and its translation",
        "Switch view", "Show or hide the sentence's translation", "Copy the link to this place",
        "Close the translation", "Show these shortcuts", "Close", "Press ? for keyboard shortcuts.");
}
