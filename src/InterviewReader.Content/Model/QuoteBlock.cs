namespace InterviewReader.Content.Model;

/// <summary>A quotation, with its attribution when the source names one (<c>"…" - Name</c>).</summary>
/// <param name="AnchorId">The block's anchor.</param>
/// <param name="Line">The 1-based source line.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Attribution">Who said them, or null.</param>
/// <param name="Separator">The text between quote and attribution in the source, kept so nothing is lost.</param>
public sealed record QuoteBlock(string AnchorId, int Line, RichText Text, RichText? Attribution, string Separator)
    : Block(AnchorId, Line);
