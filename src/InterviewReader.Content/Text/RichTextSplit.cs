using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Text;

/// <summary>Splits a rich text in two at a separator found in one of its top-level text runs.</summary>
public static class RichTextSplit
{
    /// <summary>Splits at the first occurrence of <paramref name="separator"/>, or returns null.</summary>
    public static (RichText Before, RichText After)? AtFirst(RichText text, string separator) =>
        Split(text, separator, last: false);

    /// <summary>Splits at the last occurrence of <paramref name="separator"/>, or returns null.</summary>
    public static (RichText Before, RichText After)? AtLast(RichText text, string separator) =>
        Split(text, separator, last: true);

    private static (RichText, RichText)? Split(RichText text, string separator, bool last)
    {
        var nodes = text.Nodes;
        var order = Enumerable.Range(0, nodes.Length);
        foreach (var i in last ? order.Reverse() : order)
        {
            if (nodes[i] is not TextNode run)
            {
                continue;
            }

            var at = last
                ? run.Text.LastIndexOf(separator, StringComparison.Ordinal)
                : run.Text.IndexOf(separator, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var before = nodes[..i].AddRange(Run(run.Text[..at]));
            var after = Run(run.Text[(at + separator.Length)..]).AddRange(nodes[(i + 1)..]);
            return (new RichText(before), new RichText(after));
        }

        return null;
    }

    private static ImmutableArray<InlineNode> Run(string text) => text.Length == 0 ? [] : [new TextNode(text)];
}
