using System.Net;
using InterviewReader.Content.Model;
using InterviewReader.Content.Text;
using Microsoft.AspNetCore.Components;

namespace InterviewReader.Web.Components;

/// <summary>
/// Text for the page as UTF-8. Blazor's own encoder turns every non-ASCII character into an
/// entity (<c>&amp;#x915;</c>), tripling Devanagari and Bengali; these encode only what HTML needs.
/// </summary>
public static class Markup
{
    /// <summary>Plain text, HTML-encoded.</summary>
    public static MarkupString Text(string? text) => new(WebUtility.HtmlEncode(text ?? ""));

    /// <summary>Rich text rendered by the content library's safe renderer.</summary>
    public static MarkupString Of(RichText text) => new(RichTextHtml.Render(text));
}
