using InterviewReader.Content.Model;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>The text of a parsed transcript, rebuilt from the model in reading order.</summary>
internal static class ParsedText
{
    /// <summary>
    /// One string per source line: title, subtitle, byline, then per section its heading,
    /// paragraphs, takeaway label, items (term + separator + explanation) and quotes (text +
    /// separator + attribution).
    /// </summary>
    public static IReadOnlyList<string> Pieces(Transcript transcript)
    {
        var pieces = new List<string> { transcript.Metadata.Title };
        if (transcript.Metadata.Subtitle is { } subtitle)
        {
            pieces.Add(subtitle);
        }

        if (transcript.Metadata.Byline is { } byline)
        {
            pieces.Add(byline);
        }

        foreach (var section in transcript.Sections)
        {
            if (section.Heading is { } heading)
            {
                pieces.Add(heading.PlainText);
            }

            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case ParagraphBlock p:
                        pieces.Add(p.Text.PlainText);
                        break;
                    case TakeawayList list:
                        pieces.Add(list.Label.PlainText);
                        pieces.AddRange(list.Items.Select(i => i.Term.PlainText + i.Separator + i.Explanation.PlainText));
                        break;
                    case QuoteBlock q:
                        pieces.Add(q.Text.PlainText + q.Separator + q.Attribution?.PlainText);
                        break;
                    default:
                        throw new InvalidOperationException($"unexpected block {block.GetType().Name}");
                }
            }
        }

        return pieces;
    }
}
