using System.Collections.Immutable;
using CsCheck;
using InterviewReader.Content.Model;
using InterviewReader.Content.Text;

namespace InterviewReader.Content.Tests.Properties;

/// <summary>
/// For random rich texts (text runs of both scripts full of terminators, quotes, brackets, dots and
/// spaces, inside emphasis, links and code): concatenating the sentences' text and trailing
/// whitespace gives the input's plain text, no sentence is empty or starts with whitespace after
/// the first, every trailing is whitespace, and every visible character keeps the emphasis and
/// links around it.
/// </summary>
public sealed class SentenceSplitterPropertyTests
{
    private static readonly string[] Pieces =
    [
        "।", "॥", "?", "!", "?!", ".", "...", "…", "\"", "'", "“", "”", "(", ")", "[", "]", ":", ";", ",", "–", "—",
        " ", "  ", "\t", "\n", "\u00A0", "H", "Dr", "डॉ", "एच", "এইচ", "3", "5", "$10,000", "70B", "a", "is",
        "कहा", "वाक्य", "है", "বলে", "গেল", "না", "সে",
    ];

    private static readonly Gen<string> Run = Gen.OneOf(Pieces).Array[0, 8].Select(string.Concat);

    private static readonly Gen<InlineNode> Node = Gen.Recursive<InlineNode>((depth, node) =>
        depth >= 3
            ? Run.Select(t => (InlineNode)new TextNode(t))
            : Gen.Frequency(
                (6, Run.Select(t => (InlineNode)new TextNode(t))),
                (2, Gen.Select(Gen.Int[1, 2], node.Array[0, 4], (level, children) => (InlineNode)new EmphasisNode(level, [.. children]))),
                (2, node.Array[0, 4].Select(children => (InlineNode)new LinkNode("https://example.com", [.. children]))),
                (1, Run.Select(t => (InlineNode)new CodeNode(t))),
                (1, Gen.Const<InlineNode>(new LineBreakNode()))));

    private static readonly Gen<RichText> Text = Node.Array[0, 8].Select(nodes => new RichText([.. nodes]));

    [Fact]
    public void Split_RandomRichText_LosesNothingAndMakesNoEmptySentence() =>
        Text.Sample(
            text =>
            {
                var sentences = SentenceSplitter.Split(text);
                var plain = text.PlainText;
                if (string.Concat(sentences.Select(s => s.Text.PlainText + s.Trailing)) != plain)
                {
                    return false;
                }

                if (plain.Length > 0 && sentences.IsEmpty)
                {
                    return false;
                }

                var visible = !string.IsNullOrWhiteSpace(plain);
                return sentences.All(s => s.Text.PlainText.Length > 0 && s.Trailing.All(char.IsWhiteSpace)
                        && (!visible || !string.IsNullOrWhiteSpace(s.Text.PlainText)))
                    && sentences.Skip(1).All(s => FirstLeaf(s.Text.Nodes) is not TextNode { Text: [var first, ..] } || !char.IsWhiteSpace(first));
            },
            iter: 5_000,
            print: Describe);

    [Fact]
    public void Split_RandomRichText_KeepsEveryCharactersEmphasisAndLinks() =>
        Text.Sample(
            text =>
            {
                var sentences = SentenceSplitter.Split(text);
                var expected = new List<(char, string)>();
                Styled(text.Nodes, "", expected);
                var actual = new List<(char, string)>();
                var position = 0;
                foreach (var sentence in sentences)
                {
                    Styled(sentence.Text.Nodes, "", actual);
                    position += sentence.Text.PlainText.Length;
                    actual.AddRange(expected.Skip(position).Take(sentence.Trailing.Length));
                    position += sentence.Trailing.Length;
                }

                return expected.SequenceEqual(actual);
            },
            iter: 5_000,
            print: Describe);

    /// <summary>The first node that is not emphasis or a link.</summary>
    private static InlineNode? FirstLeaf(ImmutableArray<InlineNode> nodes) => nodes.FirstOrDefault() switch
    {
        EmphasisNode emphasis => FirstLeaf(emphasis.Children),
        LinkNode link => FirstLeaf(link.Children),
        var node => node,
    };

    /// <summary>Each character with the chain of nodes around it (emphasis level, link address, code).</summary>
    private static void Styled(ImmutableArray<InlineNode> nodes, string path, List<(char, string)> into)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case EmphasisNode emphasis:
                    Styled(emphasis.Children, $"{path}/em{emphasis.Level}", into);
                    break;
                case LinkNode link:
                    Styled(link.Children, $"{path}/a={link.Url}", into);
                    break;
                default:
                    into.AddRange(node.PlainText.Select(c => (c, $"{path}/{node.GetType().Name}")));
                    break;
            }
        }
    }

    private static string Describe(RichText text) =>
        $"{text} as [{string.Join(" | ", SentenceSplitter.Split(text).Select(s => $"{s.Text.PlainText}⟨{s.Trailing}⟩"))}]";
}
