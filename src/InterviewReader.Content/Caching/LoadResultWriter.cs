using System.Collections.Immutable;
using System.Text;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Caching;

/// <summary>
/// Writes a folder's load result (its aligned interview and its problems) in the binary form
/// <see cref="LoadResultReader"/> reads back. Sections, blocks and takeaway items are written once,
/// inside their transcript; the aligned rows name them by number, so the copy read back shares
/// them as the original does. Sentences are not written: the model splits them again from the text.
/// </summary>
public static class LoadResultWriter
{
    /// <summary>The format's version, written first; a reader of another version reads nothing.</summary>
    public const int Version = 1;

    /// <summary>Writes <paramref name="result"/> to <paramref name="stream"/>.</summary>
    /// <exception cref="NotSupportedException">The result holds something this format cannot write (then nothing should be kept).</exception>
    public static void Write(Stream stream, InterviewLoadResult result)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        new Session(writer).Result(result);
    }

    private sealed class Session(BinaryWriter writer)
    {
        private readonly Dictionary<object, int> _numbers = new(ReferenceEqualityComparer.Instance);

        public void Result(InterviewLoadResult result)
        {
            writer.Write(Version);
            writer.Write(result.Slug);
            writer.Write(result.Problems.Count);
            foreach (var problem in result.Problems)
            {
                writer.Write((byte)problem.Severity);
                writer.Write(problem.File);
                writer.Write(problem.Line);
                writer.Write(problem.Message);
            }

            writer.Write(result.Interview is not null);
            if (result.Interview is { } aligned)
            {
                Interview(aligned);
            }
        }

        private void Interview(AlignedInterview aligned)
        {
            writer.Write(aligned.Interview.Slug);
            writer.Write(aligned.Interview.Transcripts.Length);
            foreach (var transcript in aligned.Interview.Transcripts)
            {
                Transcript(transcript);
            }

            writer.Write(aligned.Sections.Length);
            foreach (var section in aligned.Sections)
            {
                writer.Write(section.Id);
                References(section.Cells);
                writer.Write(section.Blocks.Length);
                foreach (var block in section.Blocks)
                {
                    AlignedBlock(block);
                }
            }
        }

        private void Transcript(Transcript transcript)
        {
            if (Languages.Find(transcript.Language.Code) != transcript.Language)
            {
                throw new NotSupportedException($"the language '{transcript.Language.Code}' is not the language table's own");
            }

            writer.Write(transcript.Language.Code);
            writer.Write(transcript.SourcePath);
            var metadata = transcript.Metadata;
            writer.Write(metadata.Title);
            OptionalString(metadata.Subtitle);
            OptionalString(metadata.Byline);
            writer.Write(metadata.Interviewer);
            writer.Write(metadata.Date.DayNumber);
            writer.Write(metadata.TitleLine);
            writer.Write(transcript.Sections.Length);
            foreach (var section in transcript.Sections)
            {
                Number(section);
                writer.Write(section.Id);
                OptionalText(section.Heading);
                writer.Write(section.Line);
                writer.Write(section.Blocks.Length);
                foreach (var block in section.Blocks)
                {
                    Block(block);
                }
            }
        }

        private void Block(Block block)
        {
            Number(block);
            writer.Write(block.AnchorId);
            writer.Write(block.Line);
            switch (block)
            {
                case ParagraphBlock paragraph:
                    writer.Write(Tags.Paragraph);
                    Text(paragraph.Text);
                    writer.Write(paragraph.Align is not null);
                    if (paragraph.Align is { } marker)
                    {
                        writer.Write(marker.Counterpart ?? -1);
                    }

                    break;
                case QuoteBlock quote:
                    writer.Write(Tags.Quote);
                    Text(quote.Text);
                    OptionalText(quote.Attribution);
                    writer.Write(quote.Separator);
                    break;
                case TakeawayList list:
                    writer.Write(Tags.Takeaways);
                    Text(list.Label);
                    writer.Write(list.Items.Length);
                    foreach (var item in list.Items)
                    {
                        Number(item);
                        writer.Write(item.AnchorId);
                        writer.Write(item.Line);
                        Text(item.Term);
                        writer.Write(item.Separator);
                        Text(item.Explanation);
                    }

                    break;
                default:
                    throw new NotSupportedException($"a block of type {block.GetType().Name}");
            }
        }

        private void AlignedBlock(AlignedBlock block)
        {
            switch (block)
            {
                case AlignedRow<ParagraphBlock> row:
                    writer.Write(Tags.Paragraph);
                    Row(row);
                    break;
                case AlignedRow<QuoteBlock> row:
                    writer.Write(Tags.Quote);
                    Row(row);
                    break;
                case AlignedTakeaways takeaways:
                    writer.Write(Tags.Takeaways);
                    writer.Write(takeaways.AnchorId);
                    References(takeaways.Lists);
                    writer.Write(takeaways.Items.Length);
                    foreach (var item in takeaways.Items)
                    {
                        Row(item);
                    }

                    break;
                default:
                    throw new NotSupportedException($"an aligned block of type {block.GetType().Name}");
            }
        }

        private void Row<T>(AlignedRow<T> row)
            where T : class
        {
            writer.Write(row.AnchorId);
            writer.Write(row.Confidence);
            writer.Write(row.Cells.Length);
            foreach (var cell in row.Cells)
            {
                References(cell);
            }

            writer.Write(row.Beads.Length);
            foreach (var bead in row.Beads)
            {
                writer.Write(bead.AnchorId);
                writer.Write(bead.Confidence);
                writer.Write(bead.Sentences.Length);
                foreach (var column in bead.Sentences)
                {
                    writer.Write(column.Length);
                    foreach (var sentence in column)
                    {
                        writer.Write(sentence);
                    }
                }
            }
        }

        private void Text(RichText text) => Nodes(text.Nodes);

        private void OptionalText(RichText? text)
        {
            writer.Write(text is not null);
            if (text is not null)
            {
                Text(text);
            }
        }

        private void Nodes(ImmutableArray<InlineNode> nodes)
        {
            writer.Write(nodes.Length);
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case TextNode text:
                        writer.Write(Tags.TextNode);
                        writer.Write(text.Text);
                        break;
                    case EmphasisNode emphasis:
                        writer.Write(Tags.EmphasisNode);
                        writer.Write(emphasis.Level);
                        Nodes(emphasis.Children);
                        break;
                    case LinkNode link:
                        writer.Write(Tags.LinkNode);
                        writer.Write(link.Url);
                        Nodes(link.Children);
                        break;
                    case CodeNode code:
                        writer.Write(Tags.CodeNode);
                        writer.Write(code.Code);
                        break;
                    case LineBreakNode:
                        writer.Write(Tags.LineBreakNode);
                        break;
                    default:
                        throw new NotSupportedException($"an inline node of type {node.GetType().Name}");
                }
            }
        }

        private void OptionalString(string? value)
        {
            writer.Write(value is not null);
            if (value is not null)
            {
                writer.Write(value);
            }
        }

        private void Number(object shared) => _numbers.Add(shared, _numbers.Count);

        // Something the aligned rows point at: its number from the transcripts, or -1 for none.
        private void References<T>(ImmutableArray<T> items)
            where T : class?
        {
            writer.Write(items.Length);
            foreach (var item in items)
            {
                writer.Write(item is null ? -1 : _numbers.TryGetValue(item, out var number) ? number : throw new NotSupportedException("an aligned row holds a block that is in no transcript"));
            }
        }
    }
}
