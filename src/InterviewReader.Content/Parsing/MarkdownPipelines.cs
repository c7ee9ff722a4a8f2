using Markdig;

namespace InterviewReader.Content.Parsing;

/// <summary>The one Markdig pipeline the library uses, built once: a built pipeline is immutable and thread-safe.</summary>
internal static class MarkdownPipelines
{
    /// <summary>
    /// Front matter, <c>{#id}</c> attributes on headings and <c>:::</c> containers. HTML is still
    /// parsed (not disabled) so that the parser can find it and report it; it is never rendered.
    /// </summary>
    public static MarkdownPipeline Transcript { get; } = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseCustomContainers()
        .UseGenericAttributes()
        .UsePreciseSourceLocation()
        .Build();
}
