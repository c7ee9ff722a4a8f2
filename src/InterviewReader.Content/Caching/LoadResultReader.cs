using System.Collections.Immutable;
using System.Text;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Model;
using InterviewReader.Content.Parsing;
using InterviewReader.Content.Problems;

namespace InterviewReader.Content.Caching;

/// <summary>Reads back what <see cref="LoadResultWriter"/> wrote.</summary>
public static class LoadResultReader
{
    /// <summary>Reads one load result from <paramref name="stream"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are of another version, cut short or not this format.</exception>
    public static InterviewLoadResult Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            var result = new Session(reader).Result();
            return stream.Position == stream.Length ? result : throw new InvalidDataException("bytes are left over after the load result");
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidCastException or ArgumentOutOfRangeException or IndexOutOfRangeException or FormatException)
        {
            throw new InvalidDataException($"the bytes are not a load result: {ex.Message}", ex);
        }
    }

    private sealed class Session(BinaryReader reader)
    {
        private readonly List<object> _shared = [];

        public InterviewLoadResult Result()
        {
            var version = reader.ReadInt32();
            if (version != LoadResultWriter.Version)
            {
                throw new InvalidDataException($"the bytes are of version {version}, not {LoadResultWriter.Version}");
            }

            var slug = reader.ReadString();
            var problems = Many(() => new ContentProblem((ProblemSeverity)reader.ReadByte(), reader.ReadString(), reader.ReadInt32(), reader.ReadString()));
            var interview = reader.ReadBoolean() ? Interview() : null;
            return new InterviewLoadResult(slug, interview, problems);
        }

        private AlignedInterview Interview()
        {
            var slug = reader.ReadString();
            var transcripts = Many(Transcript);
            var sections = Many(() => new AlignedSection(reader.ReadString(), References<Section?>(orNull: true), Many(AlignedBlock)));
            return new AlignedInterview(new Interview(slug, transcripts), sections);
        }

        private Transcript Transcript()
        {
            var code = reader.ReadString();
            var language = Languages.Find(code) ?? throw new InvalidDataException($"the language table has no '{code}'");
            var path = reader.ReadString();
            var metadata = new InterviewMetadata(reader.ReadString(), OptionalString(), OptionalString(), reader.ReadString(), DateOnly.FromDayNumber(reader.ReadInt32()))
            {
                TitleLine = reader.ReadInt32(),
            };
            return new Transcript(language, path, metadata, Many(Section));
        }

        private Section Section()
        {
            var number = Reserve();
            var section = new Section(reader.ReadString(), OptionalText(), reader.ReadInt32(), Many(Block));
            return Fill(number, section);
        }

        private Block Block()
        {
            var number = Reserve();
            var anchor = reader.ReadString();
            var line = reader.ReadInt32();
            Block block = reader.ReadByte() switch
            {
                Tags.Paragraph => new ParagraphBlock(anchor, line, Text())
                {
                    Align = reader.ReadBoolean() ? new AlignMarker(reader.ReadInt32() is var n && n >= 0 ? n : null) : null,
                },
                Tags.Quote => new QuoteBlock(anchor, line, Text(), OptionalText(), reader.ReadString()),
                Tags.Takeaways => new TakeawayList(anchor, line, Text(), Many(Item)),
                var tag => throw new InvalidDataException($"no block has tag {tag}"),
            };
            return Fill(number, block);
        }

        private TakeawayItem Item()
        {
            var number = Reserve();
            return Fill(number, new TakeawayItem(reader.ReadString(), reader.ReadInt32(), Text(), reader.ReadString(), Text()));
        }

        private AlignedBlock AlignedBlock() => reader.ReadByte() switch
        {
            Tags.Paragraph => Row<ParagraphBlock>(),
            Tags.Quote => Row<QuoteBlock>(),
            Tags.Takeaways => new AlignedTakeaways(reader.ReadString(), References<TakeawayList?>(orNull: true), Many(Row<TakeawayItem>)),
            var tag => throw new InvalidDataException($"no aligned block has tag {tag}"),
        };

        private AlignedRow<T> Row<T>()
            where T : class
        {
            var anchor = reader.ReadString();
            var confidence = reader.ReadDouble();
            var cells = Many(() => References<T>(orNull: false));
            return new AlignedRow<T>(anchor, cells) { Confidence = confidence, Beads = Many(Bead) };
        }

        private SentenceBead Bead()
        {
            var anchor = reader.ReadString();
            var confidence = reader.ReadDouble();
            return new SentenceBead(anchor, Many(() => Many(reader.ReadInt32)), confidence);
        }

        private RichText Text() => new(Nodes());

        private RichText? OptionalText() => reader.ReadBoolean() ? Text() : null;

        private ImmutableArray<InlineNode> Nodes() => Many(InlineNode);

        private InlineNode InlineNode() => reader.ReadByte() switch
        {
            Tags.TextNode => new TextNode(reader.ReadString()),
            Tags.EmphasisNode => new EmphasisNode(reader.ReadInt32(), Nodes()),
            Tags.LinkNode => new LinkNode(AllowedUrl(reader.ReadString()), Nodes()),
            Tags.CodeNode => new CodeNode(reader.ReadString()),
            Tags.LineBreakNode => new LineBreakNode(),
            var tag => throw new InvalidDataException($"no inline node has tag {tag}"),
        };

        // The parser lets no other link through; a cache file must not be a way around it.
        private static string AllowedUrl(string url) => LinkPolicy.IsAllowed(url) ? url : throw new InvalidDataException("a link the link policy refuses");

        private string? OptionalString() => reader.ReadBoolean() ? reader.ReadString() : null;

        // Numbers are given in the order the writer met the objects: a parent's before its children's.
        private int Reserve()
        {
            _shared.Add(null!);
            return _shared.Count - 1;
        }

        private T Fill<T>(int number, T shared)
            where T : class
        {
            _shared[number] = shared;
            return shared;
        }

        // What the writer numbered, by number; -1 is none, where the cell may be empty.
        private ImmutableArray<T> References<T>(bool orNull)
            where T : class?
        {
            return Many(() => reader.ReadInt32() switch
            {
                -1 when orNull => null!,
                var number => (T)(_shared[number] ?? throw new InvalidDataException($"item {number} is named before it is read")),
            });
        }

        private ImmutableArray<T> Many<T>(Func<T> one)
        {
            var count = reader.ReadInt32();
            if (count < 0 || count > reader.BaseStream.Length)
            {
                throw new InvalidDataException($"a count of {count} in {reader.BaseStream.Length} bytes");
            }

            var items = ImmutableArray.CreateBuilder<T>(count);
            for (var i = 0; i < count; i++)
            {
                items.Add(one());
            }

            return items.MoveToImmutable();
        }
    }
}
