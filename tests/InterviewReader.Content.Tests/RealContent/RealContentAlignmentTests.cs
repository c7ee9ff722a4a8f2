using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.RealContent;

public sealed class RealContentAlignmentTests
{
    private static AlignedInterview Interview
    {
        get
        {
            var interview = RealInterview.Snapshot.Find(RealInterview.Slug);
            Assert.NotNull(interview);
            return interview;
        }
    }

    [Fact]
    public void Align_RealContent_EverySectionHasACellInBothLanguages()
    {
        var sections = Interview.Sections;

        Assert.Equal(6, sections.Length);
        Assert.All(sections, s =>
        {
            Assert.Equal(2, s.Cells.Length);
            Assert.All(s.Cells, c => Assert.Equal(s.Id, c?.Id));
        });
    }

    [Fact]
    public void Align_RealContent_EveryRowHasACellInEachLanguage()
    {
        var rows = AlignedRows.All(Interview).ToList();

        // intro-p1, 4 × (2 paragraphs + list + 3 items), closing-quote
        Assert.Equal(1 + (4 * 6) + 1, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal(2, r.Cells.Count);
            Assert.All(r.Cells, c => Assert.NotNull(c));
        });
    }

    [Theory]
    [InlineData("intro-p1")]
    [InlineData("founders-call-p1")]
    [InlineData("founders-call-p2")]
    [InlineData("founders-call-takeaways")]
    [InlineData("founders-call-t2")]
    [InlineData("democracy-t3")]
    [InlineData("closing-quote")]
    public void Align_RealContent_HasAnchor(string anchor)
    {
        var cells = AlignedRows.Cells(Interview, anchor);

        Assert.All(cells, c => Assert.NotNull(c));
    }

    [Fact]
    public void Align_RealContent_RowsPairHindiWithItsBengaliCounterpart()
    {
        var interview = Interview;
        var hi = interview.ColumnOf("hi");
        var bn = interview.ColumnOf("bn");

        var takeaway = AlignedRows.Cells(interview, "founders-call-t1");
        Assert.Equal("संस्थापक बनाम CEO", Assert.IsType<TakeawayItem>(takeaway[hi]).Term.PlainText);
        Assert.Equal("প্রতিষ্ঠাতা বনাম CEO", Assert.IsType<TakeawayItem>(takeaway[bn]).Term.PlainText);

        var quote = AlignedRows.Cells(interview, "closing-quote");
        Assert.Equal("Emad Mostaque", Assert.IsType<QuoteBlock>(quote[hi]).Attribution?.PlainText);
        Assert.Equal("ইমাদ মোস্তাক", Assert.IsType<QuoteBlock>(quote[bn]).Attribution?.PlainText);
    }

    [Fact]
    public void Align_RealContent_ColumnsFollowTheLanguageTable()
    {
        var interview = Interview;

        Assert.Equal(0, interview.ColumnOf("hi"));
        Assert.Equal(1, interview.ColumnOf("bn"));
        Assert.Equal(-1, interview.ColumnOf("en"));
        Assert.All(interview.Sections, s => Assert.Equal(new[] { "hi", "bn" }, s.Cells.Select(c => LanguageOf(interview, c))));
    }

    private static string? LanguageOf(AlignedInterview interview, Section? section) =>
        interview.Interview.Transcripts.FirstOrDefault(t => t.Sections.Contains(section!))?.Language.Code;
}
