using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Validation;

public sealed class FrontMatterValidationTests
{
    private const string File = $"{Samples.Slug}/hi.md";

    [Fact]
    public void Parse_NoFrontMatter_ReportsLineOne()
    {
        var parsed = Samples.Parse("कई लोगों के लिए, CEO होना महत्वाकांक्षा का शिखर होता है।\n");

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, 1, "the file has no front matter");
        Assert.Null(parsed.Transcript);
    }

    [Fact]
    public void Parse_FrontMatterNotClosed_ReportsLineOne()
    {
        var text = "---\ntitle: \"के साथ साक्षात्कार Emad Mostaque\"\ninterviewer: Peter H. Diamandis\ndate: 2024-03-29\nlanguage: hi\n\nकई लोगों के लिए, CEO होना महत्वाकांक्षा का शिखर होता है।\n";

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, 1, "the front matter is not closed");
        Assert.Null(parsed.Transcript);
    }

    [Fact]
    public void Parse_MalformedYaml_ReportsTheBadLine()
    {
        var text = Samples.Transcript("hi").Replace(
            "title: \"के साथ साक्षात्कार Emad Mostaque\"", "title: के साथ: साक्षात्कार: Emad Mostaque", StringComparison.Ordinal);

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "title:"), "the front matter is not valid YAML");
        Assert.Null(parsed.Transcript);
    }

    [Fact]
    public void Parse_FrontMatterIsAListNotFields_ReportsIt()
    {
        var parsed = Samples.Parse("---\n- के साथ साक्षात्कार\n- hi\n---\n\nपाठ\n");

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, 2, "must be 'key: value' lines");
    }

    [Theory]
    [InlineData("title")]
    [InlineData("interviewer")]
    [InlineData("date")]
    [InlineData("language")]
    public void Parse_RequiredFieldMissing_ReportsTheFieldOnLineOne(string field)
    {
        var text = string.Join('\n', Samples.Transcript("hi").Split('\n').Where(l => !l.StartsWith(field + ":", StringComparison.Ordinal)));

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, 1, $"the front matter has no '{field}' field");
        Assert.Null(parsed.Transcript);
    }

    [Fact]
    public void Parse_EmptyField_ReportsItsLine()
    {
        var text = Samples.Transcript("hi").Replace("interviewer: Peter H. Diamandis", "interviewer: \"\"", StringComparison.Ordinal);

        var parsed = Samples.Parse(text);

        ProblemAssert.Has(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "interviewer:"), "front matter field 'interviewer' must be a single line of text");
        Assert.Null(parsed.Transcript);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("29-03-2024")]
    [InlineData("2024-3-29")]
    [InlineData("२०२४-०३-२९")]
    [InlineData("২০২৪-০৩-২৯")]
    public void Parse_DateNotADate_ReportsTheDateLine(string date)
    {
        var text = Samples.Transcript("hi").Replace("date: 2024-03-29", $"date: {date}", StringComparison.Ordinal);

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "date:"), $"'{date}' is not a date");
        Assert.Null(parsed.Transcript);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("HI")]
    [InlineData("hin")]
    [InlineData("हिन्दी")]
    [InlineData("বাংলা")]
    public void Parse_UnknownLanguage_ReportsTheLanguageLine(string code)
    {
        var text = Samples.Transcript("hi").Replace("language: hi", $"language: {code}", StringComparison.Ordinal);

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "language:"), $"unknown language '{code}'");
        Assert.Null(parsed.Transcript);
    }

    [Fact]
    public void Parse_UnknownField_WarnsAndStillParses()
    {
        var text = Samples.Transcript("hi").Replace("language: hi", "language: hi\nलेखक: Peter H. Diamandis", StringComparison.Ordinal);

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Warning, File, TextLines.LineOf(text, "लेखक:"), "unknown front matter field 'लेखक'");
        Assert.NotNull(parsed.Transcript);
    }
}
