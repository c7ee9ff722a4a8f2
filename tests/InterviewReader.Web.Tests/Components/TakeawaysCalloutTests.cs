using Bunit;
using InterviewReader.Content.Alignment;
using InterviewReader.Web.Components.Reader;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Components;

public sealed class TakeawaysCalloutTests : BunitContext
{
    private static AlignedTakeaways Takeaways(string sectionId) =>
        RealContent.Interview.Sections.Single(s => s.Id == sectionId).Blocks.OfType<AlignedTakeaways>().Single();

    [Fact]
    public void Render_SideBySide_LabelsAsHeadingAndItemsAsListAlignedByRow()
    {
        var cut = Render<TakeawaysCallout>(p => p
            .Add(c => c.View, ReaderView.For(RealContent.Interview, null)!)
            .Add(c => c.Takeaways, Takeaways("founders-call")));

        Assert.Equal("aside", cut.Find("#founders-call-takeaways").TagName.ToLowerInvariant());
        var labels = cut.FindAll("h3");
        Assert.Equal(["मुख्य सीख:", "Key Learnings:"], labels.Select(l => l.TextContent));
        Assert.Equal(["hi", "en"], labels.Select(l => l.GetAttribute("lang")));
        var items = cut.FindAll("ul.takeaway-items > li");
        Assert.Equal(["founders-call-t1", "founders-call-t2", "founders-call-t3"], items.Select(i => i.Id));
        Assert.All(items, i => Assert.Equal(2, i.QuerySelectorAll(".cell").Length));
    }

    [Fact]
    public void Render_Item_TermIsEmphasisedAndTextIsVerbatim()
    {
        var cut = Render<TakeawaysCallout>(p => p
            .Add(c => c.View, ReaderView.For(RealContent.Interview, "hi")!)
            .Add(c => c.Takeaways, Takeaways("founders-call")));

        var item = cut.Find("#founders-call-t3 .cell");
        Assert.Equal("\"कांच चबाने\" की वास्तविकता", item.QuerySelector("strong.term")!.TextContent);
        Assert.Equal(
            "\"कांच चबाने\" की वास्तविकता: CEO की भूमिका, विशेष रूप से जनरेटिव AI जैसे तेजी से विकसित हो रहे क्षेत्रों में, अनिश्चितता और अप्रत्याशित समस्याओं के साथ निरंतर टकराव शामिल होता है।",
            item.TextContent);
    }
}
