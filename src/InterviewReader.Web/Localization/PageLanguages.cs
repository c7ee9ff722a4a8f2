using System.Collections.Immutable;
using RouteData = Microsoft.AspNetCore.Components.RouteData;

namespace InterviewReader.Web.Localization;

/// <summary>
/// The languages a page speaks, computed from its route and handed down as a cascading value, so a
/// page renders the same with or without a request. A single-language route (<c>{Lang}</c>) speaks
/// that language; every other page speaks each language of the site, each part lang-tagged, inside
/// an English document (the site's name is English).
/// </summary>
/// <param name="Voices">The languages of the page's interface, in order.</param>
/// <param name="HtmlLang">The page's <c>&lt;html lang&gt;</c>.</param>
public sealed record PageLanguages(ImmutableArray<WebLanguage> Voices, string HtmlLang)
{
    /// <summary>The route parameter that names a page's one language.</summary>
    public const string RouteParameter = "Lang";

    /// <summary>A page in every language of the site.</summary>
    public static PageLanguages Site { get; } = new([.. WebLanguages.All], UiTexts.English.Lang);

    /// <summary>The interface words of each voice, in order.</summary>
    public IEnumerable<UiText> Texts => Voices.Select(v => v.Ui);

    /// <summary>The interface codes of the voices, in order: each one's tag (<c>hi</c>, <c>bn-Deva</c>), as <see cref="UiTexts.For"/> takes them.</summary>
    public IEnumerable<string> Codes => Voices.Select(v => v.Ui.Lang);

    /// <summary>A page in one language.</summary>
    public static PageLanguages Single(WebLanguage language) => new([language], language.Language.LangTag);

    /// <summary>The languages of the page a route leads to: its <c>{Lang}</c> when the site has it, else the site's.</summary>
    public static PageLanguages For(RouteData route) => ForLanguage(route.RouteValues.GetValueOrDefault(RouteParameter) as string);

    /// <summary>The languages of a page whose route names <paramref name="code"/> (or no language): that language when the site has it, else the site's.</summary>
    public static PageLanguages ForLanguage(string? code) =>
        code is null ? Site
        : WebLanguages.Find(code) is { } language ? Single(language)
        : Components.Reader.ReaderView.ParseSegment(code) switch
        {
            // A script view (bn-deva): the language in that script; all of them in it (deva).
            ({ } shown, { } script) => WebLanguages.Find(shown.Code) is { } web && ScriptedLanguages.InScript(web, script) is { } scripted ? Single(scripted) : Site,
            (null, { } script) => new([.. WebLanguages.All.Select(w => ScriptedLanguages.InScript(w, script) ?? w)], Site.HtmlLang),
            _ => Site,
        };

    /// <summary>Equal when the same voices in the same order and the same document language.</summary>
    public bool Equals(PageLanguages? other) =>
        other is not null && HtmlLang == other.HtmlLang && Voices.SequenceEqual(other.Voices);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(HtmlLang, Voices.Length);
}
