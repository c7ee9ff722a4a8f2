namespace InterviewReader.Content.Model;

/// <summary>
/// An editor's override of the paragraph alignment, written at the end of a paragraph:
/// <c>{align=3}</c> (this paragraph translates paragraph 3 of the same section in the other
/// language, the one whose link ends <c>-p3</c>; two paragraphs marked with one number are its
/// split) or <c>{align=none}</c> (this paragraph has no counterpart there).
/// </summary>
/// <param name="Counterpart">The number of the counterpart paragraph in the other language, or null for <c>none</c>.</param>
public sealed record AlignMarker(int? Counterpart)
{
    /// <summary>The attribute's name, as written: <c>{align=…}</c>.</summary>
    public const string Key = "align";

    /// <summary>The value meaning "no counterpart".</summary>
    public const string None = "none";
}
