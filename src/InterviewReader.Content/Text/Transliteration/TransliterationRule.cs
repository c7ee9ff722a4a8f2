namespace InterviewReader.Content.Text.Transliteration;

/// <summary>
/// One exception to the offset between two script blocks: <paramref name="From"/> (NFC) becomes
/// <paramref name="To"/> where <paramref name="When"/> holds (always when null), in the modes it is for.
/// </summary>
/// <param name="From">The characters matched, in NFC.</param>
/// <param name="To">What they become (may be empty: the inherent vowel).</param>
/// <param name="Rule">The rule in words, for tests and the README.</param>
/// <param name="Modes">The modes the rule applies in.</param>
/// <param name="When">The context the rule needs, or null for everywhere.</param>
public sealed record TransliterationRule(
    string From,
    string To,
    string Rule,
    RuleModes Modes = RuleModes.Both,
    Func<RuleContext, bool>? When = null)
{
    /// <summary>True when the rule applies in the mode.</summary>
    public bool IsFor(TransliterationMode mode) =>
        (Modes & (mode == TransliterationMode.Display ? RuleModes.Display : RuleModes.Reversible)) != 0;
}

/// <summary>The modes a <see cref="TransliterationRule"/> applies in.</summary>
[Flags]
public enum RuleModes
{
    /// <summary>In <see cref="TransliterationMode.Display"/>.</summary>
    Display = 1,

    /// <summary>In <see cref="TransliterationMode.Reversible"/>.</summary>
    Reversible = 2,

    /// <summary>In both modes.</summary>
    Both = Display | Reversible,
}
