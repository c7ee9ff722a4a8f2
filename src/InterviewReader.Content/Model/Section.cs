using System.Collections.Immutable;

namespace InterviewReader.Content.Model;

/// <summary>A section of a transcript: a heading with the blocks under it.</summary>
/// <param name="Id">The language-neutral ID shared by every translation (<c>founders-call</c>).</param>
/// <param name="Heading">The heading text; null for the intro and the closing quote, which have none.</param>
/// <param name="Line">The 1-based line of the heading (or first block) in the source file.</param>
/// <param name="Blocks">The blocks of the section in order.</param>
public sealed record Section(string Id, RichText? Heading, int Line, ImmutableArray<Block> Blocks)
{
    /// <summary>The ID of the untitled part before the first heading.</summary>
    public const string IntroId = "intro";

    /// <summary>The ID of the closing quote at the end of a transcript.</summary>
    public const string ClosingId = "closing";
}
