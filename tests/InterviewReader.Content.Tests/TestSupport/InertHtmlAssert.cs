using System.Net;
using System.Text.RegularExpressions;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>Asserts that rendered HTML cannot run script.</summary>
internal static partial class InertHtmlAssert
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];
    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:", "data:"];

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("^(?:</?(?:em|strong|code)>|<br>|</a>|<a href=\"[^\"<>]*\">)$")]
    private static partial Regex AllowedTag();

    [GeneratedRegex("<a href=\"([^\"]*)\">")]
    private static partial Regex Href();

    [GeneratedRegex(@"<\s*/?\s*(?:script|svg|iframe|img|object|embed|style|math|link|meta|base|form)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ExecutableElement();

    [GeneratedRegex("\"[^\"]*\"|'[^']*'")]
    private static partial Regex QuotedValue();

    [GeneratedRegex(@"[\s/""']on[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventAttribute();

    [GeneratedRegex(@"[\s/""'](?:href|src|action|formaction|xlink:href)\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();

    public static void IsInert(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.False(ExecutableElement().IsMatch(html), $"executable element in: {html}");

        // Text is encoded, so every '<' opens a tag the renderer wrote; each must be one of the
        // few it may write, with no attribute but a quoted href (so no onerror=, no style=).
        foreach (var tag in Tag().Matches(html).Select(m => m.Value))
        {
            Assert.True(AllowedTag().IsMatch(tag), $"unexpected tag {tag} in: {html}");
            var attributesOutsideValues = QuotedValue().Replace(tag, "\"\"");
            Assert.False(EventAttribute().IsMatch(attributesOutsideValues), $"event-handler attribute in {tag} of: {html}");
            foreach (Match url in UrlAttribute().Matches(tag))
            {
                var value = url.Groups[1].Success ? url.Groups[1].Value : url.Groups[2].Success ? url.Groups[2].Value : url.Groups[3].Value;
                AssertNoScriptScheme(value, html);
            }
        }

        foreach (var href in Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)))
        {
            Assert.DoesNotContain("javascript:", href, StringComparison.OrdinalIgnoreCase);
            var safe = href.StartsWith('#')
                || (Uri.TryCreate(href, UriKind.Absolute, out var uri) && SafeSchemes.Contains(uri.Scheme));
            Assert.True(safe, $"unsafe href '{href}' in: {html}");
        }
    }

    /// <summary>
    /// A browser decodes entities, drops tabs and newlines anywhere in a URL and leading spaces
    /// and control characters; what is left must not start with a script scheme.
    /// </summary>
    private static void AssertNoScriptScheme(string attributeValue, string html)
    {
        var url = new string([.. WebUtility.HtmlDecode(attributeValue).Where(c => c > ' ' && !char.IsControl(c))]);
        Assert.False(
            ScriptSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase)),
            $"script URL '{attributeValue}' in: {html}");
    }
}
