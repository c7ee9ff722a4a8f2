using System.Collections.Immutable;
using System.Text;
using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace InterviewReader.Content.Parsing;

/// <summary>
/// Turns Markdig's inline syntax into <see cref="InlineNode"/>s. Raw HTML, images, '{…}' attributes,
/// link titles and links outside the <see cref="LinkPolicy"/> are reported; what they hold is kept
/// only as visible, inert text.
/// Nesting deeper than <see cref="MaxDepth"/> is reported and flattened to text, so hostile input
/// cannot exhaust the stack here or in anything that later walks the model.
/// </summary>
internal sealed class InlineReader(ProblemList problems)
{
    /// <summary>How deep emphasis and links may nest; real transcripts use two or three levels.</summary>
    public const int MaxDepth = 32;

    private readonly List<(string Target, int Line)> _fragmentLinks = [];

    private int _lineShift;

    /// <summary>Every allowed link to a place on the page (<c>#founders-call</c>) read so far, without its '#', with its line.</summary>
    public IReadOnlyList<(string Target, int Line)> FragmentLinks => _fragmentLinks;

    /// <summary>Reads the inlines of a block.</summary>
    /// <param name="container">The block's inlines.</param>
    /// <param name="lineShift">What to add to Markdig's line numbers to get the file's (see setext headings).</param>
    public RichText Read(ContainerInline? container, int lineShift = 0)
    {
        _lineShift = lineShift;
        return new(container is null ? [] : ReadChildren(container, 0));
    }

    private ImmutableArray<InlineNode> ReadChildren(ContainerInline container, int depth)
    {
        var nodes = new List<InlineNode>();
        foreach (var inline in container)
        {
            ReadOne(inline, depth, nodes);
        }

        return Merge(nodes);
    }

    private void ReadOne(Inline inline, int depth, List<InlineNode> into)
    {
        var line = inline.Line + 1 + _lineShift;
        if (inline.TryGetAttributes() is { } attributes && HasAny(attributes))
        {
            problems.Error(line, "attributes in '{…}' are not allowed here: remove them (only a section heading ends with {#id})");
        }

        switch (inline)
        {
            case LiteralInline literal:
                // A '[^x]' with no note stays text: Markdig gives the '[' a literal of its own.
                if (literal.Content.Length == 1 && literal.Content.CurrentChar == '['
                    && literal.NextSibling is LiteralInline next && next.Content.ToString() is ['^', .. var rest] && rest.Contains(']', StringComparison.Ordinal))
                {
                    problems.Error(next.Line + 1 + _lineShift, $"a footnote mark '[^{rest[..rest.IndexOf(']', StringComparison.Ordinal)]}]': {UnsupportedMarkdown.FootnoteAdvice}");
                }

                into.Add(new TextNode(literal.Content.ToString()));
                break;
            case FootnoteLink footnote:
                problems.Error(line, $"a footnote mark '[{footnote.Footnote?.Label}]': {UnsupportedMarkdown.FootnoteAdvice}");
                into.Add(new TextNode($"[{footnote.Footnote?.Label}]"));
                break;
            case HtmlEntityInline entity:
                into.Add(new TextNode(entity.Transcoded.ToString()));
                break;
            case LineBreakInline lineBreak:
                into.Add(lineBreak.IsHard ? new LineBreakNode() : new TextNode(" "));
                break;
            case CodeInline code:
                into.Add(new CodeNode(code.Content));
                break;
            case HtmlInline html:
                problems.Error(line, $"raw HTML '{Shorten(html.Tag)}' is not allowed: write Markdown instead");
                into.Add(new TextNode(html.Tag));
                break;
            case AutolinkInline autolink:
                var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                into.AddRange(Link(url, [new TextNode(autolink.Url)], line));
                break;
            case ContainerInline container when depth >= MaxDepth:
                problems.Error(line, $"emphasis, links or brackets are nested more than {MaxDepth} levels deep here: remove the extra '*', '_' or '[' … ']'");
                into.Add(new TextNode(FlatText(container)));
                break;
            case LinkInline { IsImage: true } image:
                problems.Error(line, "images are not supported in transcripts: remove the image");
                into.AddRange(ReadChildren(image, depth + 1));
                break;
            case LinkInline link:
                if (!string.IsNullOrEmpty(link.Title))
                {
                    problems.Error(line, $"link title \"{Shorten(link.Title)}\" is not shown to readers: remove it, keep only the address in the brackets");
                }

                into.AddRange(Link(link.GetDynamicUrl?.Invoke() ?? link.Url, ReadChildren(link, depth + 1), line));
                break;
            case EmphasisInline emphasis:
                into.Add(new EmphasisNode(emphasis.DelimiterCount, ReadChildren(emphasis, depth + 1)));
                break;
            case ContainerInline container:
                into.AddRange(ReadChildren(container, depth + 1));
                break;
            default:
                into.Add(new TextNode(inline.ToString() ?? ""));
                break;
        }
    }

    private IEnumerable<InlineNode> Link(string? url, ImmutableArray<InlineNode> children, int line)
    {
        if (LinkPolicy.IsAllowed(url))
        {
            if (url!.StartsWith('#'))
            {
                _fragmentLinks.Add((url[1..], line));
            }

            return [new LinkNode(url, children)];
        }

        problems.Error(line, $"link target '{Shorten(url ?? "")}' is not allowed: use an http, https or mailto link, or #section");
        return children;
    }

    /// <summary>True when '{…}' attributes set anything: an ID, a class (other than <paramref name="except"/>) or a property.</summary>
    public static bool HasAny(HtmlAttributes attributes, string? except = null) =>
        attributes.Id is not null
        || attributes.Classes?.Exists(c => c != except) == true
        || attributes.Properties is { Count: > 0 };

    /// <summary>The text under a container, gathered without recursion (the container may be nested very deep).</summary>
    private static string FlatText(ContainerInline container)
    {
        var text = new StringBuilder();
        var pending = new Stack<Inline>();
        pending.Push(container);
        while (pending.TryPop(out var inline))
        {
            switch (inline)
            {
                case ContainerInline inner:
                    for (var child = inner.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        pending.Push(child);
                    }

                    break;
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlInline html:
                    text.Append(html.Tag);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                default:
                    text.Append(inline);
                    break;
            }
        }

        return text.ToString();
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
