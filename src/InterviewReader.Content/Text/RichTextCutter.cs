using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Text;

/// <summary>
/// Cuts a rich text into pieces at offsets of its plain text, in one walk over its nodes: a text
/// run is cut into runs, emphasis or a link across a cut becomes one node of the same kind on each
/// side, and the whitespace between pieces is left out (the caller keeps it as a string).
/// </summary>
internal sealed class RichTextCutter
{
    private readonly IReadOnlyList<(int Start, int End, int Next)> _pieces;
    private int _position;
    private int _piece;

    private RichTextCutter(IReadOnlyList<(int Start, int End, int Next)> pieces) => _pieces = pieces;

    /// <summary>
    /// The rich text of each piece <c>[Start, End)</c>; the gaps <c>[End, Next)</c> must be
    /// whitespace of text runs. Pieces are in order, and cover the text from 0.
    /// </summary>
    public static ImmutableArray<RichText> Cut(RichText text, IReadOnlyList<(int Start, int End, int Next)> pieces)
    {
        var cutter = new RichTextCutter(pieces);
        var parts = new List<(int Piece, InlineNode Node)>();
        cutter.Walk(text.Nodes, parts);
        var nodes = new List<InlineNode>[pieces.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = [];
        }

        foreach (var (piece, node) in parts)
        {
            nodes[piece].Add(node);
        }

        return [.. nodes.Select(n => new RichText([.. n]))];
    }

    private void Walk(ImmutableArray<InlineNode> nodes, List<(int Piece, InlineNode Node)> into)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case TextNode run:
                    Run(run, into);
                    break;
                case EmphasisNode emphasis:
                    Container(emphasis, emphasis.Children, children => new EmphasisNode(emphasis.Level, children), into);
                    break;
                case LinkNode link:
                    Container(link, link.Children, children => new LinkNode(link.Url, children), into);
                    break;
                default:
                    // Code, a line break, or anything else: never cut, never in a gap.
                    into.Add((PieceAt(_position), node));
                    _position += node.PlainText.Length;
                    break;
            }
        }
    }

    private void Run(TextNode run, List<(int Piece, InlineNode Node)> into)
    {
        var text = run.Text;
        if (text.Length == 0)
        {
            into.Add((PieceAt(_position), run));
            return;
        }

        var from = 0;
        while (from < text.Length)
        {
            var piece = PieceAt(_position);
            var (_, end, next) = _pieces[piece];
            var inText = _position < end;
            var to = Math.Min(text.Length, from + ((inText ? end : next) - _position));
            if (inText)
            {
                into.Add((piece, from == 0 && to == text.Length ? run : new TextNode(text[from..to])));
            }

            _position += to - from;
            from = to;
        }
    }

    private void Container(InlineNode original, ImmutableArray<InlineNode> children, Func<ImmutableArray<InlineNode>, InlineNode> rebuild, List<(int Piece, InlineNode Node)> into)
    {
        var startPosition = _position;
        var inner = new List<(int Piece, InlineNode Node)>();
        Walk(children, inner);
        if (inner.Count == 0)
        {
            // Empty emphasis stays where it is; emphasis holding only a gap's whitespace goes with the gap.
            if (_position == startPosition)
            {
                into.Add((PieceAt(_position), original));
            }

            return;
        }

        var unchanged = inner.Count == children.Length && inner.Select(p => p.Node).SequenceEqual(children, ReferenceEqualityComparer.Instance)
            && inner[0].Piece == inner[^1].Piece;
        if (unchanged)
        {
            into.Add((inner[0].Piece, original));
            return;
        }

        var groupStart = 0;
        for (var i = 1; i <= inner.Count; i++)
        {
            if (i == inner.Count || inner[i].Piece != inner[groupStart].Piece)
            {
                into.Add((inner[groupStart].Piece, rebuild([.. inner.Skip(groupStart).Take(i - groupStart).Select(p => p.Node)])));
                groupStart = i;
            }
        }
    }

    /// <summary>The piece whose span <c>[Start, Next)</c> holds <paramref name="position"/>; positions only grow.</summary>
    private int PieceAt(int position)
    {
        while (_piece < _pieces.Count - 1 && position >= _pieces[_piece].Next)
        {
            _piece++;
        }

        return _piece;
    }
}
