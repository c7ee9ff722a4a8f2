using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>Every <see cref="RichText"/> a model holds: what the reader renders as HTML.</summary>
internal static class ModelRichTexts
{
    /// <summary>Headings, paragraphs, takeaway labels, terms and explanations, quotes and attributions.</summary>
    public static IEnumerable<RichText> Of(Transcript transcript)
    {
        foreach (var section in transcript.Sections)
        {
            if (section.Heading is { } heading)
            {
                yield return heading;
            }

            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ParagraphBlock p:
                        yield return p.Text;
                        break;
                    case TakeawayList list:
                        yield return list.Label;
                        foreach (var item in list.Items)
                        {
                            yield return item.Term;
                            yield return item.Explanation;
                        }

                        break;
                    case QuoteBlock q:
                        yield return q.Text;
                        if (q.Attribution is { } attribution)
                        {
                            yield return attribution;
                        }

                        break;
                    default:
                        throw new InvalidOperationException($"unexpected block {block.GetType().Name}");
                }
            }
        }
    }

    /// <summary>The rich texts of every transcript of an aligned interview.</summary>
    public static IEnumerable<RichText> Of(AlignedInterview interview) =>
        interview.Interview.Transcripts.SelectMany(Of);
}
