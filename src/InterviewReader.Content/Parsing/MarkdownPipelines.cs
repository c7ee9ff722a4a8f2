using Markdig;

namespace InterviewReader.Content.Parsing;

/// <summary>The one Markdig pipeline the library uses, built once: a built pipeline is immutable and thread-safe.</summary>
internal static class MarkdownPipelines
{
    /// <summary>
    /// Front matter, <c>{#id}</c> attributes on headings and <c>:::</c> containers. HTML, pipe
    /// tables and footnotes are still parsed (not disabled) so that the parser can find them and
    /// report them; they are never rendered.
    /// </summary>
    public static MarkdownPipeline Transcript { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseCustomContainers()
        .UsePipeTables()
        .UseFootnotes()
        .UseGenericAttributes()
        .UsePreciseSourceLocation()
        .Build();
}
