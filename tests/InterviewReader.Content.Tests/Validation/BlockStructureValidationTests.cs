using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Validation;

/// <summary>Only paragraphs, level-2 headings, one takeaway list per section and quotes are allowed.</summary>
public sealed class BlockStructureValidationTests
{
    private const string File = $"{Samples.Slug}/hi.md";

    [Fact]
    public void Parse_LevelThreeHeading_ReportsItsLine()
    {
        var text = Samples.WithBody("hi", "परिचय।\n\n### संस्थापक का बुलावा {#founders-call}\n\nकई लोगों के लिए।\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "###"), "a level-3 heading");
    }

    [Fact]
    public void Parse_ListOutsideTakeaways_ReportsItsLine()
    {
        var text = Samples.WithBody("hi", "परिचय।\n\n- संस्थापक बनाम CEO: सभी संस्थापक CEO बने रहने के लिए उपयुक्त नहीं होते।\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "- "), "a list outside a takeaway list");
    }

    [Fact]
    public void Parse_UnknownContainer_ReportsItsLine()
    {
        var text = Samples.WithBody("hi", "परिचय।\n\n::: चेतावनी\nसावधान रहें।\n:::\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, ":::"), "unknown container '::: चेतावनी'");
    }

    [Fact]
    public void Parse_TakeawayWithoutColon_ReportsTheItemLine()
    {
        var text = Samples.WithBody("hi",
            "## संस्थापक का बुलावा {#founders-call}\n\nकई लोगों के लिए।\n\n::: takeaways\nमुख्य सीख:\n\n" +
            "- संस्थापक बनाम CEO: सभी संस्थापक उपयुक्त नहीं होते।\n- घातीय वृद्धि की चुनौतियाँ\n:::\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "- घातीय"), "a takeaway must read '- term: explanation'");
    }

    [Fact]
    public void Parse_SecondTakeawayListInSection_ReportsIt()
    {
        const string list = "::: takeaways\nमुख्य सीख:\n\n- संस्थापक बनाम CEO: सभी संस्थापक उपयुक्त नहीं होते।\n:::\n\n";
        var text = Samples.WithBody("hi", "## संस्थापक का बुलावा {#founders-call}\n\nकई लोगों के लिए।\n\n" + list + "दूसरा अनुच्छेद।\n\n" + list);
        var second = text.Split('\n').Select((l, i) => (l, i)).Where(p => p.l == "::: takeaways").Last().i + 1;

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, second, "this section already has a takeaway list");
    }
}
