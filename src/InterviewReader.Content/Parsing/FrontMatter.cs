using InterviewReader.Content.Model;

namespace InterviewReader.Content.Parsing;

/// <summary>The front matter of one file, checked: its language and metadata.</summary>
internal sealed record FrontMatter(LanguageInfo Language, InterviewMetadata Metadata);
