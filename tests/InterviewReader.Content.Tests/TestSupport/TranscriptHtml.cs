using System.Globalization;
using System.Net;
using InterviewReader.Content.Model;
using InterviewReader.Content.Text;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>
/// A tiny renderer for golden files: walks a parsed transcript and writes one element per line,
/// using <see cref="RichTextHtml"/> for inline content. It shows every part of the model, so a
/// change in what the parser keeps shows up as a diff.
/// </summary>
internal static class TranscriptHtml
{
    public static string Render(Transcript transcript)
    {
        var m = transcript.Metadata;
        var lines = new List<string>
        {
            $"<article lang=\"{Encode(transcript.Language.LangTag)}\">",
            $"<h1>{Encode(m.Title)}</h1>",
        };
        if (m.Subtitle is { } subtitle)
        {
            lines.Add($"<p class=\"subtitle\">{Encode(subtitle)}</p>");
        }

        if (m.Byline is { } byline)
        {
            lines.Add($"<p class=\"byline\">{Encode(byline)}</p>");
        }

        lines.Add($"<p class=\"interviewer\">{Encode(m.Interviewer)}</p>");
        lines.Add($"<time datetime=\"{m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\"></time>");
        foreach (var section in transcript.Sections)
        {
            lines.Add($"<section id=\"{Encode(section.Id)}\">");
            if (section.Heading is { } heading)
            {
                lines.Add($"<h2>{RichTextHtml.Render(heading)}</h2>");
            }

            foreach (var block in section.Blocks)
            {
                AddBlock(lines, block);
            }

            lines.Add("</section>");
        }

        lines.Add("</article>");
        return string.Join('\n', lines) + "\n";
    }

    private static void AddBlock(List<string> lines, Block block)
    {
        switch (block)
        {
            case ParagraphBlock p:
                lines.Add($"<p id=\"{Encode(p.AnchorId)}\">{RichTextHtml.Render(p.Text)}</p>");
                break;
            case TakeawayList list:
                lines.Add($"<aside id=\"{Encode(list.AnchorId)}\">");
                lines.Add($"<p>{RichTextHtml.Render(list.Label)}</p>");
                lines.Add("<ul>");
                lines.AddRange(list.Items.Select(i =>
                    $"<li id=\"{Encode(i.AnchorId)}\"><strong>{RichTextHtml.Render(i.Term)}</strong>{Encode(i.Separator)}{RichTextHtml.Render(i.Explanation)}</li>"));
                lines.Add("</ul>");
                lines.Add("</aside>");
                break;
            case QuoteBlock q:
                lines.Add($"<blockquote id=\"{Encode(q.AnchorId)}\">");
                lines.Add($"<p>{RichTextHtml.Render(q.Text)}</p>");
                if (q.Attribution is { } attribution)
                {
                    lines.Add($"<footer>{RichTextHtml.Render(attribution)}</footer>");
                }

                lines.Add("</blockquote>");
                break;
            default:
                throw new InvalidOperationException($"unexpected block {block.GetType().Name}");
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
