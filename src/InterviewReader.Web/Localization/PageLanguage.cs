using InterviewReader.Content.Model;

namespace InterviewReader.Web.Localization;

/// <summary>
/// The interface language of the current page, read from the route: the single-language routes
/// carry <c>{Lang}</c>; every other page shows several languages and uses English around lang-tagged text.
/// </summary>
public static class PageLanguage
{
    /// <summary>The interface text for the request.</summary>
    public static UiText From(HttpContext? context) =>
        context?.GetRouteValue("Lang") is string code && Languages.Find(code) is { } language
            ? UiTexts.For(language.Code)
            : UiTexts.English;
}
