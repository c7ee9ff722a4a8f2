using InterviewReader.Content.Model;

namespace InterviewReader.Content.Search;

/// <summary>The passages of an interview that search indexes, in reading order, language by language.</summary>
public static class SearchPassages
{
    /// <summary>Every paragraph, quote and takeaway of every transcript of the interview.</summary>
    public static IEnumerable<SearchPassage> Of(Interview interview) =>
        from transcript in interview.Transcripts
        from section in transcript.Sections
        from passage in Of(interview, transcript.Language, section)
        select passage;

    private static IEnumerable<SearchPassage> Of(Interview interview, LanguageInfo language, Section section)
    {
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    yield return new(interview, language, p.AnchorId, PassageKind.Paragraph, p.Text.PlainText);
                    break;
                case QuoteBlock q:
                    yield return new(interview, language, q.AnchorId, PassageKind.Quote, q.Text.PlainText);
                    break;
                case TakeawayList list:
                    foreach (var item in list.Items)
                    {
                        yield return new(interview, language, item.AnchorId, PassageKind.Takeaway, item.Term.PlainText + item.Separator + item.Explanation.PlainText);
                    }

                    break;
            }
        }
    }
}
