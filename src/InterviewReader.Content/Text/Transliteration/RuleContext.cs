namespace InterviewReader.Content.Text.Transliteration;

/// <summary>Where a rule matched: the text (in NFC) and the span its <see cref="TransliterationRule.From"/> covers.</summary>
/// <param name="Text">The whole text being transliterated.</param>
/// <param name="Start">The index of the match's first character.</param>
/// <param name="End">The index just past the match.</param>
public readonly record struct RuleContext(string Text, int Start, int End)
{
    /// <summary>The character before the match, or NUL at the start.</summary>
    public char Before => Start > 0 ? Text[Start - 1] : '\0';

    /// <summary>The character <paramref name="back"/> places before the match (1 = just before), or NUL.</summary>
    public char BeforeBy(int back) => Start - back >= 0 ? Text[Start - back] : '\0';

    /// <summary>The character after the match, or NUL at the end.</summary>
    public char After => End < Text.Length ? Text[End] : '\0';

    /// <summary>The character <paramref name="ahead"/> places after the match (0 = just after), or NUL.</summary>
    public char AfterBy(int ahead) => End + ahead < Text.Length ? Text[End + ahead] : '\0';
}
