using InterviewReader.Content.Loading;
using InterviewReader.Web.Preview;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Preview;

public sealed class InterviewPreviewTests : IDisposable
{
    private readonly TempContent _content = new();

    [Fact]
    public void For_ServedInterviewWithAWarning_LinksTheWarningToTheRowItsLineIsIn()
    {
        _content.Interview("gap", ("hi", ["one", "two"]), ("bn", ["one"]));
        var snapshot = ContentLibrary.Load(_content.Root);

        var preview = InterviewPreview.For(snapshot, "gap");

        Assert.NotNull(preview.Interview);
        Assert.False(preview.IsStale);
        var warning = Assert.Single(preview.Problems);
        Assert.Equal("gap/bn.md", warning.Problem.File);
        Assert.Equal("problem_1", warning.Id);
        // The line names where the missing section belongs in bn.md: after its section one.
        var expected = SourceRows.Of(preview.Interview!).RowAt("gap/bn.md", warning.Problem.Line);
        Assert.NotNull(expected);
        Assert.Equal(expected, warning.RowAnchor);
        Assert.StartsWith("one", warning.RowAnchor, StringComparison.Ordinal);
        Assert.Equal([warning], preview.ProblemsAt(warning.RowAnchor!));
    }

    [Fact]
    public void RowAt_EachBlockLine_IsThatBlocksRow()
    {
        _content.Interview("pair", ("hi", ["one"]), ("bn", ["one"]));
        var interview = ContentLibrary.Load(_content.Root).Find("pair")!;
        var rows = SourceRows.Of(interview);
        var hi = interview.Interview.In("hi")!;
        var one = hi.Sections.Single(s => s.Id == "one");

        Assert.Equal("one", rows.RowAt("pair/hi.md", one.Line));
        foreach (var block in one.Blocks)
        {
            Assert.Equal(block.AnchorId, rows.RowAt("pair/hi.md", block.Line));
        }

        Assert.Null(rows.RowAt("pair/hi.md", 1));
        Assert.Null(rows.RowAt("pair/hi.md", 0));
        Assert.Null(rows.RowAt("other/hi.md", one.Line));
    }

    [Fact]
    public void For_FailedReload_IsStaleAndItsErrorsAreNotTiedToRowsOfTheOldVersion()
    {
        _content.Interview("pair", ("hi", ["one"]), ("bn", ["one"]));
        var good = ContentLibrary.Load(_content.Root).Find("pair")!;
        var broken = new ContentSnapshot(
            [good],
            [new(Content.Problems.ProblemSeverity.Error, "pair/hi.md", good.Interview.In("hi")!.Sections[1].Line, "raw HTML is not allowed")]);

        var preview = InterviewPreview.For(broken, "pair");

        Assert.True(preview.IsStale);
        Assert.Null(Assert.Single(preview.Problems).RowAnchor);
    }

    [Fact]
    public void Slugs_ServedAndBrokenFolders_InNameOrderWithoutRootFiles()
    {
        _content.Interview("b-good", ("hi", ["one"]));
        _content.Write("a-broken/hi.md", "no front matter\n");
        _content.Write("stray.md", "# stray\n");
        var snapshot = ContentLibrary.Load(_content.Root);

        Assert.Equal(["a-broken", "b-good"], InterviewPreview.Slugs(snapshot));
        Assert.Null(InterviewPreview.For(snapshot, "a-broken").Interview);
        Assert.NotEmpty(InterviewPreview.For(snapshot, "a-broken").Problems);
    }

    public void Dispose() => _content.Dispose();
}
