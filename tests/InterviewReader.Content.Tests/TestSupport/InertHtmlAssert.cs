using System.Net;
using System.Text.RegularExpressions;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>Asserts that rendered HTML cannot run script.</summary>
internal static partial class InertHtmlAssert
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("^(?:</?(?:em|strong|code)>|<br>|</a>|<a href=\"[^\"<>]*\">)$")]
    private static partial Regex AllowedTag();

    [GeneratedRegex("<a href=\"([^\"]*)\">")]
    private static partial Regex Href();

    public static void IsInert(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);

        // Text is encoded, so every '<' opens a tag the renderer wrote; each must be one of the
        // few it may write, with no attribute but a quoted href (so no onerror=, no style=).
        foreach (var tag in Tag().Matches(html).Select(m => m.Value))
        {
            Assert.True(AllowedTag().IsMatch(tag), $"unexpected tag {tag} in: {html}");
            Assert.DoesNotContain("onerror=", tag, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var href in Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)))
        {
            Assert.DoesNotContain("javascript:", href, StringComparison.OrdinalIgnoreCase);
            var safe = href.StartsWith('#')
                || (Uri.TryCreate(href, UriKind.Absolute, out var uri) && SafeSchemes.Contains(uri.Scheme));
            Assert.True(safe, $"unsafe href '{href}' in: {html}");
        }
    }
}
