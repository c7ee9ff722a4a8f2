using Bunit;
using InterviewReader.Content.Loading;
using InterviewReader.Web.Components.Reader;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Components;

public sealed class MissingCounterpartTests : BunitContext
{
    [Fact]
    public void Render_ParagraphMissingInBengali_PlaceholderInItsRowAndLaterRowsStayAligned()
    {
        using var content = new TempContent().CopyBundled();
        var bn = Path.Combine(content.Root, "emad-mostaque", "bn.md");
        var lines = File.ReadAllLines(bn).ToList();
        var secondParagraph = lines.FindIndex(l => l.StartsWith("মোস্তাক বুঝতে পেরেছিলেন", StringComparison.Ordinal));
        lines.RemoveRange(secondParagraph, 2);
        File.WriteAllLines(bn, lines);
        var snapshot = ContentLibrary.Load(content.Root);
        var interview = Assert.Single(snapshot.Interviews);
        var section = interview.Sections.Single(s => s.Id == "founders-call");

        var cut = Render<SectionView>(p => p.Add(c => c.View, ReaderView.For(interview, null)!).Add(c => c.Section, section));

        var row = cut.Find("#founders-call-p2");
        Assert.Equal("hi", row.Children[0].GetAttribute("lang"));
        Assert.Contains("missing", row.Children[1].ClassList);
        Assert.Equal("এই ভাষায় নেই", row.Children[1].TextContent.Trim());
        Assert.Equal(2, cut.Find("#founders-call-t1").QuerySelectorAll("p.cell").Length);
        Assert.Contains(snapshot.Problems, p => p.File == "emad-mostaque/bn.md" && p.Message.Contains("founders-call-p2", StringComparison.Ordinal));
    }
}
