using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Validation;

public sealed class SectionIdValidationTests
{
    private const string File = $"{Samples.Slug}/hi.md";

    [Fact]
    public void Parse_SectionWithoutId_ReportsFileAndLine()
    {
        var text = Samples.WithBody("hi", "परिचय।\n\n## संस्थापक का बुलावा: CEO के गहरे गड्ढे से बाहर निकलना\n\nकई लोगों के लिए, CEO होना महत्वाकांक्षा का शिखर होता है।\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "## "), "this section heading has no ID");
        Assert.Null(parsed.Transcript);
    }

    [Theory]
    [InlineData("संस्थापक")]
    [InlineData("संस्थापक-का-बुलावा")]
    [InlineData("প্রতিষ্ঠাতা")]
    [InlineData("Founders-Call")]
    [InlineData("founders_call")]
    [InlineData("founders--call")]
    public void Parse_SectionIdNotLowercaseLatin_ReportsInvalidId(string id)
    {
        var text = Samples.WithBody("hi", $"परिचय।\n\n## संस्थापक का बुलावा {{#{id}}}\n\nकई लोगों के लिए, CEO होना महत्वाकांक्षा का शिखर होता है।\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "## "), $"section ID '{id}' is not valid");
        Assert.Null(parsed.Transcript);
    }

    [Fact]
    public void Parse_SectionIdWithSpace_ReportsInvalidId()
    {
        var text = Samples.WithBody("hi", "परिचय।\n\n## संस्थापक का बुलावा {#founders call}\n\nकई लोगों के लिए, CEO होना महत्वाकांक्षा का शिखर होता है।\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Has(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "## "), "founders call");
        Assert.Null(parsed.Transcript);
    }

    [Fact]
    public void Parse_DuplicateSectionId_ReportsTheSecondHeading()
    {
        var text = Samples.WithBody("hi",
            "## संस्थापक का बुलावा {#founders-call}\n\nकई लोगों के लिए, CEO होना महत्वाकांक्षा का शिखर होता है।\n\n" +
            "## केंद्रीकृत शक्ति का खतरा {#founders-call}\n\nMostaque का पद छोड़ना केवल एक व्यक्तिगत करियर बदलाव नहीं था।\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "## केंद्रीकृत"), "section ID 'founders-call' is used twice");
        Assert.Null(parsed.Transcript);
    }

    [Theory]
    [InlineData("intro")]
    [InlineData("closing")]
    public void Parse_ReservedSectionId_ReportsIt(string id)
    {
        var text = Samples.WithBody("hi", $"परिचय।\n\n## संस्थापक का बुलावा {{#{id}}}\n\nकई लोगों के लिए, CEO होना महत्वाकांक्षा का शिखर होता है।\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "## "), $"section ID '{id}' is used twice in this file (or is reserved)");
    }
}
