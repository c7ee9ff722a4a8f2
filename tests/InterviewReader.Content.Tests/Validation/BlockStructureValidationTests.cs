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

    [Fact]
    public void Parse_TakeawayListNeverClosed_SaysTheClosingLineIsMissing()
    {
        var text = Samples.WithBody("hi",
            "## संस्थापक का बुलावा {#founders-call}\n\nकई लोगों के लिए।\n\n::: takeaways\nमुख्य सीख:\n\n" +
            "- संस्थापक बनाम CEO: सभी संस्थापक उपयुक्त नहीं होते।\n\n## केंद्रीकृत शक्ति {#centralised-power}\n\nदूसरा।\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "::: takeaways"), "this takeaway list is never closed: add a line ':::'");
    }

    [Fact]
    public void Parse_IndentedTakeaway_ReportsTheIndentedLine()
    {
        var text = Samples.WithBody("hi",
            "## संस्थापक का बुलावा {#founders-call}\n\nकई लोगों के लिए।\n\n::: takeaways\nमुख्य सीख:\n\n" +
            "- संस्थापक बनाम CEO: सभी संस्थापक उपयुक्त नहीं होते।\n\n\t- घातीय वृद्धि: तेज़ी।\n:::\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "\t- घातीय"), "this line is indented, so it belongs to the takeaway above it");
    }

    [Fact]
    public void Parse_TakeawayListClosedOnlyByTheNextSectionsList_PointsAtTheSwallowedHeading()
    {
        const string items = "- संस्थापक बनाम CEO: सभी संस्थापक उपयुक्त नहीं होते।\n";
        var text = Samples.WithBody("hi",
            "## संस्थापक का बुलावा {#founders-call}\n\nकई लोगों के लिए।\n\n::: takeaways\nमुख्य सीख:\n\n" + items +
            "\n## केंद्रीकृत शक्ति {#centralised-power}\n\nदूसरा।\n\n::: takeaways\nमुख्य अंतर्दृष्टि:\n\n" + items + ":::\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Has(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "## केंद्रीकृत"),
            $"this heading is inside the takeaway list that starts on line {TextLines.LineOf(text, "::: takeaways")}: close that list with a line ':::'");
    }
}
