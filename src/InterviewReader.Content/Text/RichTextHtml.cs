using System.Net;
using System.Text;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Text;

/// <summary>
/// Renders <see cref="RichText"/> to HTML. Every text is encoded and the only elements it can
/// emit are <c>em</c>, <c>strong</c>, <c>a</c>, <c>code</c> and <c>br</c>, so nothing from a
/// content file can become script.
/// </summary>
public static class RichTextHtml
{
    /// <summary>The HTML for a rich text.</summary>
    public static string Render(RichText text)
    {
        var builder = new StringBuilder();
        foreach (var node in text.Nodes)
        {
            Append(builder, node);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, InlineNode node)
    {
        switch (node)
        {
            case TextNode t:
                builder.Append(WebUtility.HtmlEncode(t.Text));
                break;
            case EmphasisNode e:
                var tag = e.Level >= 2 ? "strong" : "em";
                builder.Append('<').Append(tag).Append('>');
                foreach (var child in e.Children)
                {
                    Append(builder, child);
                }

                builder.Append("</").Append(tag).Append('>');
                break;
            case LinkNode l:
                builder.Append("<a href=\"").Append(WebUtility.HtmlEncode(l.Url)).Append("\">");
                foreach (var child in l.Children)
                {
                    Append(builder, child);
                }

                builder.Append("</a>");
                break;
            case CodeNode c:
                builder.Append("<code>").Append(WebUtility.HtmlEncode(c.Code)).Append("</code>");
                break;
            case LineBreakNode:
                builder.Append("<br>");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown inline node.");
        }
    }
}
