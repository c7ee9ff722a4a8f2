using InterviewReader.Content.Model;
using InterviewReader.Content.Text;

namespace InterviewReader.Content.Search;

/// <summary>One passage search can find: a block of one language of one interview.</summary>
/// <param name="Interview">The interview it belongs to.</param>
/// <param name="Language">The language it is written in.</param>
/// <param name="AnchorId">Its anchor, the same in every view of the interview.</param>
/// <param name="Kind">Paragraph, quote or takeaway.</param>
/// <param name="Text">Its plain text, as the reader sees it.</param>
public sealed record SearchPassage(Interview Interview, LanguageInfo Language, string AnchorId, PassageKind Kind, string Text)
{
    /// <summary>The <c>lang</c> of the passage: its language's, or <c>en</c> for a line left in English.</summary>
    public string LangTag => TextLanguage.TagFor(Text, Language);
}
