using System.Collections.Immutable;
using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;
using InterviewReader.Content.Text;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Block = InterviewReader.Content.Model.Block;
using MdParagraph = Markdig.Syntax.ParagraphBlock;
using MdQuote = Markdig.Syntax.QuoteBlock;

namespace InterviewReader.Content.Parsing;

/// <summary>Reads one transcript file (Markdown with front matter) into the model, collecting problems.</summary>
public static class TranscriptParser
{
    private const string TakeawaysContainer = "takeaways";

    /// <summary>Parses a file's bytes. Never throws on bad content: problems are returned.</summary>
    /// <param name="path">The file's path relative to the content root, used in problems.</param>
    /// <param name="bytes">The file's bytes.</param>
    public static ParsedFile Parse(string path, ReadOnlySpan<byte> bytes)
    {
        var problems = new ProblemList(path);
        var text = SourceDecoder.Decode(bytes, problems);
        string? declaredLanguage = null;
        var frontMatter = text is null ? null : FrontMatterReader.Read(text, problems, out declaredLanguage);
        ParsedFile Result(Transcript? transcript) => new(path, transcript, problems.Items) { DeclaredLanguage = declaredLanguage };
        if (text is null || frontMatter is null)
        {
            return Result(null);
        }

        var document = ParseMarkdown(text, problems);
        if (document is null)
        {
            return Result(null);
        }

        var sections = new SectionReader(problems, text).Read(document);
        return Result(problems.HasErrors ? null : new Transcript(frontMatter.Language, path, frontMatter.Metadata, sections));
    }

    /// <summary>
    /// Parses the Markdown, or reports where it is nested too deeply. Markdig throws rather than
    /// nest blocks past its depth limit (about a hundred '>' or list levels); the line reported is
    /// the first one at which the text becomes too deep, found by parsing ever shorter beginnings.
    /// </summary>
    private static MarkdownDocument? ParseMarkdown(string text, ProblemList problems)
    {
        if (TryParse(text) is { } document)
        {
            return document;
        }

        var lineEnds = new List<int>();
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            lineEnds.Add(at);
        }

        lineEnds.Add(text.Length);

        // The text up to the end of line 'bad' fails; find the smallest such line.
        int good = 0, bad = lineEnds.Count;
        while (bad - good > 1)
        {
            var middle = good + ((bad - good) / 2);
            if (TryParse(text[..lineEnds[middle - 1]]) is null)
            {
                bad = middle;
            }
            else
            {
                good = middle;
            }
        }

        problems.Error(bad, "quotes, lists, links or emphasis are nested too deeply here: a transcript needs at most one '> ' quote and one level of '- ' takeaways; remove the extra '>', '-', '[' or '*'");
        return null;
    }

    private static MarkdownDocument? TryParse(string text)
    {
        try
        {
            return Markdown.Parse(text, MarkdownPipelines.Transcript);
        }
        catch (ArgumentException)
        {
            // Markdig's only ArgumentException on text is its nesting depth limit.
            return null;
        }
    }

    private sealed class SectionReader(ProblemList problems, string source)
    {
        private readonly InlineReader _inlines = new(problems);
        private readonly List<Section> _sections = [];
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal) { Section.IntroId, Section.ClosingId };
        private readonly List<Block> _blocks = [];
        private string _id = Section.IntroId;
        private RichText? _heading;
        private int _line;
        private int _paragraphs;
        private int _quotes;
        private bool _hasTakeaways;
        private int[]? _lineStarts;

        public ImmutableArray<Section> Read(MarkdownDocument document)
        {
            var blocks = document.Where(b => b is not YamlFrontMatterBlock && !UnsupportedMarkdown.IsFootnoteBlock(b)).ToList();
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
                var line = block.Line + 1;
                _line = _line == 0 ? line : _line;
                switch (block)
                {
                    case HeadingBlock heading:
                        StartSection(heading, heading.IsSetext ? FirstLine(heading) : line);
                        break;
                    case MdParagraph paragraph:
                        if (UnsupportedMarkdown.TableRowLine(paragraph, source) is >= 0 and var row)
                        {
                            problems.Error(FirstLine(paragraph) + row, $"this line is shaped like a table row ('| … |'): {UnsupportedMarkdown.TableAdvice}");
                        }

                        _blocks.Add(new Model.ParagraphBlock(Anchors.Paragraph(_id, ++_paragraphs), line, _inlines.Read(paragraph.Inline))
                        {
                            Align = ReadAlignMarker(paragraph, line),
                        });
                        break;
                    case MdQuote quote when i == blocks.Count - 1 && (_sections.Count > 0 || _heading is not null):
                        Flush();
                        _sections.Add(new Section(Section.ClosingId, null, line, [ReadQuote(quote, Anchors.ClosingQuote, line)]));
                        break;
                    case MdQuote quote:
                        _blocks.Add(ReadQuote(quote, Anchors.Quote(_id, ++_quotes), line));
                        break;
                    case CustomContainer { Info: TakeawaysContainer } container:
                        ReadTakeaways(container, line);
                        break;
                    case CustomContainer container:
                        problems.Error(line, $"unknown container '::: {container.Info}': the only container is '::: {TakeawaysContainer}'");
                        break;
                    case HtmlBlock:
                        problems.Error(line, "raw HTML is not allowed: write Markdown instead");
                        break;
                    case Table:
                        problems.Error(line, $"a table: {UnsupportedMarkdown.TableAdvice}");
                        break;
                    case ListBlock:
                        problems.Error(line, $"a list outside a takeaway list: put it inside '::: {TakeawaysContainer}' … ':::' with a label line first");
                        break;
                    default:
                        problems.Error(line, $"this kind of block ({block.GetType().Name.Replace("Block", "", StringComparison.Ordinal).ToLowerInvariant()}) is not supported in transcripts: use paragraphs, '## heading {{#id}}', '::: {TakeawaysContainer}' and '> quote'");
                        break;
                }
            }

            Flush();
            ReportNested(document);
            UnsupportedMarkdown.ReportFootnotes(document, problems);
            ReportBrokenFragmentLinks();
            return [.. _sections];
        }

        /// <summary>A link to '#x' must reach a section or a passage of this file, or readers land nowhere.</summary>
        private void ReportBrokenFragmentLinks()
        {
            var targets = new HashSet<string>(StringComparer.Ordinal);
            foreach (var section in _sections)
            {
                targets.Add(section.Id);
                foreach (var block in section.Blocks)
                {
                    targets.Add(block.AnchorId);
                    targets.UnionWith(block is TakeawayList list ? list.Items.Select(item => item.AnchorId) : []);
                }
            }

            foreach (var (target, line) in _inlines.FragmentLinks.Where(link => !targets.Contains(link.Target)))
            {
                problems.Error(line, $"the link '#{target}' goes to no section or passage of this file: use a section's ID (as in '## … {{#founders-call}}') or a passage's link (copied from the reader, e.g. '#founders-call-p2')");
            }
        }

        /// <summary>Raw HTML inside quotes, lists or containers, and '{…}' attributes on any block but a heading.</summary>
        private void ReportNested(MarkdownDocument document)
        {
            foreach (var block in document.Descendants<Markdig.Syntax.Block>())
            {
                var line = block.Line + 1;
                if (block is HtmlBlock && block.Parent is not MarkdownDocument)
                {
                    problems.Error(line, "raw HTML is not allowed: write Markdown instead");
                }

                // A fenced block gets its info string ('::: takeaways') as a class: that one is not written in '{…}'.
                if (block is not HeadingBlock && block.TryGetAttributes() is { } attributes
                    && InlineReader.HasAny(attributes, except: (block as IFencedBlock)?.Info)
                    && !IsAlignMarker(block, attributes))
                {
                    problems.Error(line, "attributes in '{…}' are not allowed here: remove them (only a section heading ends with {#id})");
                }
            }
        }

        // '{align=…}' alone, on a paragraph of the transcript (not inside a quote or list): read by ReadAlignMarker.
        private static bool IsAlignMarker(Markdig.Syntax.Block block, HtmlAttributes attributes) =>
            block is MdParagraph { Parent: MarkdownDocument }
            && attributes.Id is null
            && attributes.Classes is not { Count: > 0 }
            && attributes.Properties is [{ Key: AlignMarker.Key }];

        /// <summary>The paragraph's <c>{align=N}</c> or <c>{align=none}</c>; a malformed value is an error.</summary>
        private AlignMarker? ReadAlignMarker(MdParagraph paragraph, int line)
        {
            if (paragraph.TryGetAttributes() is not { } attributes || !IsAlignMarker(paragraph, attributes))
            {
                return null;
            }

            var value = attributes.Properties![0].Value;
            if (value == AlignMarker.None)
            {
                return new AlignMarker(null);
            }

            if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 1)
            {
                return new AlignMarker(number);
            }

            problems.Error(line, $"'{{{AlignMarker.Key}={value}}}' is not an alignment marker: write {{{AlignMarker.Key}=3}} (this paragraph translates paragraph 3 of this section in the other language) or {{{AlignMarker.Key}={AlignMarker.None}}} (it has no counterpart)");
            return null;
        }

        private void StartSection(HeadingBlock heading, int line)
        {
            if (heading.Level != 2)
            {
                problems.Error(line, $"a level-{heading.Level} heading: sections start with '## ' (level 2); other heading levels are not used");
            }

            Flush();
            var attributes = heading.TryGetAttributes();
            var id = attributes?.Id;
            if (attributes?.Properties is { Count: > 0 } || attributes?.Classes is { Count: > 0 })
            {
                var written = string.Join(' ', new[] { id ?? "" }
                    .Concat(attributes.Properties?.Select(p => p.Key) ?? [])
                    .Concat(attributes.Classes?.Select(c => "." + c) ?? []));
                problems.Error(line, $"section ID '{written}' is not valid: IDs have no spaces; use lowercase Latin letters, digits and hyphens (e.g. founders-call)");
            }

            if (string.IsNullOrEmpty(id))
            {
                problems.Error(line, "this section heading has no ID: end it with {#section-id}, using the same ID in every language");
                id = $"line-{line}";
            }
            else if (!SectionIds.IsValid(id))
            {
                problems.Error(line, $"section ID '{id}' is not valid: use lowercase Latin letters, digits and hyphens (e.g. founders-call)");
            }
            else if (Anchors.HasMintedEnding(id))
            {
                problems.Error(line, $"section ID '{id}' looks like the link of a paragraph, quote or takeaway of another section, or an ID the page gives a heading or label: do not end an ID in {string.Join(", ", Anchors.MintedEndings)}");
            }
            else if (Anchors.IsTakenByThePage(id))
            {
                problems.Error(line, $"section ID '{id}' takes an ID the page uses itself ({string.Join(", ", Anchors.PageIds.Order(StringComparer.Ordinal))}, or its heading's): give the section another ID");
            }
            else if (!_ids.Add(id))
            {
                problems.Error(line, $"section ID '{id}' is used twice in this file (or is reserved): give each section its own ID");
            }

            _id = id;
            _heading = _inlines.Read(heading.Inline, lineShift: line - (heading.Line + 1));
            _line = line;
        }

        /// <summary>
        /// The 1-based line where a block's text starts. Markdig gives a heading underlined with
        /// '---' or '===' the line of the underline, and counts its inlines' lines from there.
        /// </summary>
        private int FirstLine(Markdig.Syntax.Block block)
        {
            if (_lineStarts is null)
            {
                var starts = new List<int> { 0 };
                for (var at = source.IndexOf('\n'); at >= 0; at = source.IndexOf('\n', at + 1))
                {
                    starts.Add(at + 1);
                }

                _lineStarts = [.. starts];
            }

            var index = Array.BinarySearch(_lineStarts, block.Span.Start);
            return (index >= 0 ? index : ~index - 1) + 1;
        }

        private void ReadTakeaways(CustomContainer container, int line)
        {
            if (_hasTakeaways)
            {
                problems.Error(line, "this section already has a takeaway list: a section has at most one");
                return;
            }

            _hasTakeaways = true;
            if (!string.IsNullOrWhiteSpace(container.Arguments))
            {
                problems.Error(line, $"'::: {TakeawaysContainer}' stands alone on its line: remove '{container.Arguments}'");
            }

            if (container.ClosingFencedCharCount == 0)
            {
                problems.Error(line, "this takeaway list is never closed: add a line ':::' after its last item");
                return;
            }

            var label = container.Count > 0 ? container[0] as MdParagraph : null;
            var list = container.Count > 1 ? container[1] as ListBlock : null;
            if (label is null || list is null || container.Count != 2)
            {
                // Point at the first block that does not fit: a missing label, or what stands where the items should.
                var stray = label is null ? container.FirstOrDefault() : container.Skip(1).FirstOrDefault(b => b != list);
                problems.Error(
                    stray is null ? line : FirstLine(stray),
                    stray is HeadingBlock
                        ? $"this heading is inside the takeaway list that starts on line {line}: close that list with a line ':::' after its last item"
                        : "a takeaway list holds its label line (e.g. 'Key Learnings:'), a blank line, then '- term: explanation' items only, each starting at the beginning of its line: this does not fit");
                return;
            }

            var items = ImmutableArray.CreateBuilder<TakeawayItem>();
            foreach (var item in list.OfType<ListItemBlock>())
            {
                var itemLine = item.Line + 1;
                if (item.Count > 1)
                {
                    problems.Error(FirstLine(item[1]), "this line is indented, so it belongs to the takeaway above it: start each '- term: explanation' at the beginning of its line");
                    continue;
                }

                var paragraph = item.Count == 1 ? item[0] as MdParagraph : null;
                var text = paragraph is null ? null : _inlines.Read(paragraph.Inline);
                var split = text is null ? null : RichTextSplit.AtFirst(text, ": ");
                if (split is not { } parts)
                {
                    problems.Error(itemLine, "a takeaway must read '- term: explanation' on one paragraph");
                    continue;
                }

                items.Add(new TakeawayItem(Anchors.Takeaway(_id, items.Count + 1), itemLine, parts.Before, ": ", parts.After));
            }

            _blocks.Add(new TakeawayList(Anchors.Takeaways(_id), line, _inlines.Read(label.Inline), items.ToImmutable()));
        }

        private Model.QuoteBlock ReadQuote(MdQuote quote, string anchor, int line)
        {
            var paragraphs = quote.OfType<MdParagraph>().ToList();
            if (paragraphs.Count != quote.Count || paragraphs.Count == 0)
            {
                problems.Error(line, "a quote holds text only: one paragraph, optionally ending with ' - Name'");
            }

            var text = new RichText([.. paragraphs.SelectMany((p, i) =>
                (i == 0 ? [] : new InlineNode[] { new LineBreakNode() }).Concat(_inlines.Read(p.Inline).Nodes))]);
            return RichTextSplit.AtLast(text, " - ") is { } parts
                ? new Model.QuoteBlock(anchor, line, parts.Before, parts.After, " - ")
                : new Model.QuoteBlock(anchor, line, text, null, "");
        }

        private void Flush()
        {
            if (_blocks.Count > 0 || _heading is not null)
            {
                _sections.Add(new Section(_id, _heading, _line, [.. _blocks]));
            }

            _blocks.Clear();
            _heading = null;
            _line = 0;
            _paragraphs = 0;
            _quotes = 0;
            _hasTakeaways = false;
        }
    }
}
