using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Text.Transliteration;

/// <summary>
/// Writes text of one script in the letters of another: NFC first, then at each place the longest
/// <see cref="TransliterationRule"/> whose context holds, else the offset between the two blocks
/// where it lands on an assigned code point, else the character unchanged (an unassigned one
/// becomes U+FFFD, so the output never holds one). Text of other scripts, ZWJ and ZWNJ pass through.
/// </summary>
public sealed class Transliterator
{
    private const char Replacement = '\uFFFD';
    private readonly ImmutableArray<TransliterationRule> _rules;
    private readonly Func<char, bool> _offsetApplies;
    private readonly int _offset;

    /// <summary>A transliterator from the rules (any order) and the characters the block offset maps.</summary>
    /// <param name="from">The script of the input.</param>
    /// <param name="to">The script of the output.</param>
    /// <param name="mode">The mode the rules are chosen for.</param>
    /// <param name="rules">Every exception to the offset, for both modes.</param>
    /// <param name="offsetApplies">Which input characters the offset maps (when its result is assigned).</param>
    public Transliterator(ScriptInfo from, ScriptInfo to, TransliterationMode mode, IEnumerable<TransliterationRule> rules, Func<char, bool> offsetApplies)
    {
        From = from;
        To = to;
        Mode = mode;
        _rules = [.. rules.Where(r => r.IsFor(mode)).OrderByDescending(r => r.From.Length)];
        _offsetApplies = offsetApplies;
        _offset = to.First - from.First;
    }

    /// <summary>The script of the input.</summary>
    public ScriptInfo From { get; }

    /// <summary>The script of the output.</summary>
    public ScriptInfo To { get; }

    /// <summary>The mode.</summary>
    public TransliterationMode Mode { get; }

    /// <summary>The rules this transliterator applies, longest first.</summary>
    public ImmutableArray<TransliterationRule> Rules => _rules;

    /// <summary>The text in the other script, with the source span of each output character.</summary>
    public Transliterated Transliterate(string source)
    {
        var (text, nfcStart, nfcEnd) = NfcWithMap.Normalize(source);
        var output = new StringBuilder(text.Length + 8);
        var starts = ImmutableArray.CreateBuilder<int>(text.Length + 8);
        var ends = ImmutableArray.CreateBuilder<int>(text.Length + 8);
        var i = 0;
        while (i < text.Length)
        {
            var (to, length) = Step(text, i);
            var start = nfcStart[i];
            var end = nfcEnd[i + length - 1];
            foreach (var c in to)
            {
                output.Append(c);
                starts.Add(start);
                ends.Add(end);
            }

            i += length;
        }

        var result = output.ToString();
        if (!result.IsNormalized(NormalizationForm.FormC))
        {
            // A rule's output met a mark that NFC reorders (ৎ + nukta): normalize, each cluster keeping the span of all its sources.
            var (normal, clusterStart, clusterEnd) = NfcWithMap.Normalize(result);
            return new Transliterated(
                normal,
                [.. clusterStart.Select((s, k) => starts[s]).Select((s, k) => Math.Min(s, starts[clusterEnd[k] - 1]))],
                [.. clusterEnd.Select((e, k) => Math.Max(ends[e - 1], ends[clusterStart[k]]))],
                source.Length);
        }

        return new Transliterated(result, starts.ToImmutable(), ends.ToImmutable(), source.Length);
    }

    /// <summary>Only the transliterated text.</summary>
    public string TransliterateText(string source) => Transliterate(source).Text;

    /// <summary>
    /// The rich text with each text run transliterated, node by node: emphasis, links (their URLs
    /// untouched) and line breaks are kept; inline code stays as written.
    /// </summary>
    public RichText Transliterate(RichText text) => new([.. text.Nodes.Select(Node)]);

    private InlineNode Node(InlineNode node) => node switch
    {
        TextNode t => new TextNode(TransliterateText(t.Text)),
        EmphasisNode e => e with { Children = [.. e.Children.Select(Node)] },
        LinkNode l => l with { Children = [.. l.Children.Select(Node)] },
        _ => node,
    };

    private (string To, int Length) Step(string text, int i)
    {
        foreach (var rule in _rules)
        {
            if (i + rule.From.Length <= text.Length
                && string.CompareOrdinal(text, i, rule.From, 0, rule.From.Length) == 0
                && (rule.When is null || rule.When(new RuleContext(text, i, i + rule.From.Length))))
            {
                return (rule.To, rule.From.Length);
            }
        }

        var c = text[i];
        if (!IsAssigned(c) && !char.IsSurrogate(c))
        {
            return (Replacement.ToString(), 1);
        }

        if (_offsetApplies(c) && IsAssigned((char)(c + _offset)))
        {
            return (((char)(c + _offset)).ToString(), 1);
        }

        return (c.ToString(), 1);
    }

    /// <summary>True when .NET's Unicode data assigns the code point.</summary>
    public static bool IsAssigned(char c) => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.OtherNotAssigned;
}
