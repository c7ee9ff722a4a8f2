using System.Collections.Immutable;
using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;
using Markdig.Syntax.Inlines;

namespace InterviewReader.Content.Parsing;

/// <summary>
/// Turns Markdig's inline syntax into <see cref="InlineNode"/>s. Raw HTML, images and links
/// outside the <see cref="LinkPolicy"/> are reported and kept only as visible, inert text.
/// </summary>
internal sealed class InlineReader(ProblemList problems)
{
    public RichText Read(ContainerInline? container) =>
        new(container is null ? [] : Merge(ReadChildren(container)));

    private IEnumerable<InlineNode> ReadChildren(ContainerInline container)
    {
        foreach (var inline in container)
        {
            foreach (var node in ReadOne(inline))
            {
                yield return node;
            }
        }
    }

    private IEnumerable<InlineNode> ReadOne(Inline inline)
    {
        var line = inline.Line + 1;
        switch (inline)
        {
            case LiteralInline literal:
                yield return new TextNode(literal.Content.ToString());
                break;
            case HtmlEntityInline entity:
                yield return new TextNode(entity.Transcoded.ToString());
                break;
            case LineBreakInline lineBreak:
                yield return lineBreak.IsHard ? new LineBreakNode() : new TextNode(" ");
                break;
            case CodeInline code:
                yield return new CodeNode(code.Content);
                break;
            case HtmlInline html:
                problems.Error(line, $"raw HTML '{Shorten(html.Tag)}' is not allowed: write Markdown instead");
                yield return new TextNode(html.Tag);
                break;
            case AutolinkInline autolink:
                foreach (var node in Link(autolink.Url, [new TextNode(autolink.Url)], line))
                {
                    yield return node;
                }

                break;
            case LinkInline { IsImage: true } image:
                problems.Error(line, "images are not supported in transcripts: remove the image");
                foreach (var node in ReadChildren(image))
                {
                    yield return node;
                }

                break;
            case LinkInline link:
                foreach (var node in Link(link.GetDynamicUrl?.Invoke() ?? link.Url, [.. ReadChildren(link)], line))
                {
                    yield return node;
                }

                break;
            case EmphasisInline emphasis:
                yield return new EmphasisNode(emphasis.DelimiterCount, Merge(ReadChildren(emphasis)));
                break;
            case ContainerInline container:
                foreach (var node in ReadChildren(container))
                {
                    yield return node;
                }

                break;
            default:
                yield return new TextNode(inline.ToString() ?? "");
                break;
        }
    }

    private IEnumerable<InlineNode> Link(string? url, ImmutableArray<InlineNode> children, int line)
    {
        if (LinkPolicy.IsAllowed(url))
        {
            return [new LinkNode(url!, Merge(children))];
        }

        problems.Error(line, $"link target '{Shorten(url ?? "")}' is not allowed: use an http, https or mailto link, or #section");
        return children;
    }

    /// <summary>Joins neighbouring text nodes so the model holds one node per run of plain text.</summary>
    private static ImmutableArray<InlineNode> Merge(IEnumerable<InlineNode> nodes)
    {
        var result = ImmutableArray.CreateBuilder<InlineNode>();
        foreach (var node in nodes)
        {
            if (node is TextNode next && result.Count > 0 && result[^1] is TextNode previous)
            {
                result[^1] = new TextNode(previous.Text + next.Text);
            }
            else
            {
                result.Add(node);
            }
        }

        return result.ToImmutable();
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
