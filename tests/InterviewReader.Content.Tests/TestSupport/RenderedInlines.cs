using InterviewReader.Content.Parsing;
using InterviewReader.Content.Problems;
using InterviewReader.Content.Text;
using Markdig;
using Markdig.Syntax;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>
/// What <see cref="RichTextHtml"/> would render for every block with inline text (paragraphs,
/// headings, list items, quotes) of a Markdown text, read the way the parser reads it, whether
/// or not the parser then refuses the file.
/// </summary>
internal static class RenderedInlines
{
    public static IReadOnlyList<string> Of(string markdown)
    {
        var document = Markdown.Parse(markdown, MarkdownPipelines.Transcript);
        var reader = new InlineReader(new ProblemList("safety.md"));
        return [.. document.Descendants<LeafBlock>()
            .Where(b => b.Inline is not null)
            .Select(b => RichTextHtml.Render(reader.Read(b.Inline)))];
    }
}
