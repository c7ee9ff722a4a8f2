using System.Net;
using System.Text;
using InterviewReader.Content.Search;
using Microsoft.AspNetCore.Components;

namespace InterviewReader.Web.Components;

/// <summary>A passage as HTML with its matches in <c>&lt;mark&gt;</c> (whole aksharas, see <see cref="SearchMarks"/>).</summary>
public static class SearchMarkup
{
    /// <summary>The passage, HTML-encoded, with every match marked.</summary>
    public static MarkupString Marked(string text, IReadOnlyList<SearchTerm> terms)
    {
        var html = new StringBuilder(text.Length + 32);
        var at = 0;
        foreach (var (start, end) in SearchMarks.In(text, terms))
        {
            html.Append(WebUtility.HtmlEncode(text[at..start])).Append("<mark>").Append(WebUtility.HtmlEncode(text[start..end])).Append("</mark>");
            at = end;
        }

        return new MarkupString(html.Append(WebUtility.HtmlEncode(text[at..])).ToString());
    }
}
