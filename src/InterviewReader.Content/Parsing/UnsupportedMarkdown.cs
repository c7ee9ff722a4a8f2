using InterviewReader.Content.Problems;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace InterviewReader.Content.Parsing;

/// <summary>
/// Markdown a reader would see as garbage, found so that it is reported rather than shown: tables
/// (the pipeline parses pipe tables only for this; a lone '| a | b |' row stays a paragraph, so
/// its shape is looked for) and footnotes ('[^1]' marks and '[^1]: …' notes; the pipeline parses
/// them only for this, and a mark without a note stays text, so that is looked for too).
/// </summary>
internal static class UnsupportedMarkdown
{
    public const string TableAdvice = "tables are not supported in transcripts, readers would see the '|' and '-' as text: write the rows as paragraphs, or as a takeaway list";

    public const string FootnoteAdvice = "footnotes are not supported in transcripts: put the note in the text itself, in brackets";

    /// <summary>True for the blocks the footnote extension adds: reported by <see cref="ReportFootnotes"/>, not read.</summary>
    public static bool IsFootnoteBlock(Block block) =>
        block is FootnoteGroup
        || (block is LinkReferenceDefinitionGroup group && group.Count > 0 && group.All(d => d is FootnoteLinkReferenceDefinition));

    /// <summary>Reports each footnote note ('[^1]: …') at its line.</summary>
    public static void ReportFootnotes(MarkdownDocument document, ProblemList problems)
    {
        foreach (var footnote in document.Descendants<Footnote>())
        {
            problems.Error(footnote.Line + 1, $"a footnote note '[{footnote.Label}]: …': {FootnoteAdvice}");
        }
    }

    /// <summary>The 0-based index, inside the paragraph, of its first line shaped like a table row ('| a | b |'), or -1.</summary>
    public static int TableRowLine(ParagraphBlock paragraph, string source)
    {
        if (paragraph.Span.IsEmpty || paragraph.Span.Start < 0 || paragraph.Span.End >= source.Length)
        {
            return -1;
        }

        var lines = source.Substring(paragraph.Span.Start, paragraph.Span.Length).Split('\n');
        return Array.FindIndex(lines, l => l.Trim() is { Length: > 2 } row && row[0] == '|' && row[^1] == '|');
    }
}
