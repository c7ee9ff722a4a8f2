using System.Collections.Immutable;

namespace InterviewReader.Content.Model;

/// <summary>One language's version of an interview.</summary>
/// <param name="Language">The language it is written in.</param>
/// <param name="SourcePath">The file it came from, relative to the content root.</param>
/// <param name="Metadata">Its front matter.</param>
/// <param name="Sections">Its sections in reading order: the intro first, the closing quote last.</param>
public sealed record Transcript(
    LanguageInfo Language,
    string SourcePath,
    InterviewMetadata Metadata,
    ImmutableArray<Section> Sections);
