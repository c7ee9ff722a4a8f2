using Bunit;
using InterviewReader.Content.Loading;
using InterviewReader.Web.Components.Library;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Components;

public sealed class LibraryCardTests : BunitContext
{
    [Fact]
    public void Render_Date_InEachLanguagesWordsAndDigits_MachineDateUnchanged()
    {
        using var content = new TempContent().Interview("pair", ("hi", ["one"]), ("bn", ["one"]));
        var interview = ContentLibrary.Load(content.Root).Find("pair")!;

        var cut = Render<LibraryCard>(p => p.Add(c => c.Interview, interview));

        Assert.Equal(
            [("hi", "२९ मार्च २०२४", "2024-03-29"), ("bn", "২৯ মার্চ ২০২৪", "2024-03-29")],
            cut.FindAll(".byline").Select(b => (b.GetAttribute("lang"), b.QuerySelector("time")!.TextContent, b.QuerySelector("time")!.GetAttribute("datetime"))));
    }
}
