using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Validation;

/// <summary>Raw HTML and images are refused, each on its own line.</summary>
public sealed class HtmlAndImageValidationTests
{
    private const string File = $"{Samples.Slug}/hi.md";

    [Theory]
    [InlineData("<div class=\"नोट\">नमस्ते</div>")]
    [InlineData("<script>alert('नमस्ते')</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<!-- संपादक की टिप्पणी -->")]
    public void Parse_RawHtmlBlock_ReportsItsLine(string html)
    {
        var text = Samples.WithBody("hi", $"परिचय।\n\n{html}\n\nकई लोगों के लिए, CEO होना महत्वाकांक्षा का शिखर होता है।\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, html), "raw HTML is not allowed");
        Assert.Null(parsed.Transcript);
    }

    [Fact]
    public void Parse_InlineRawHtml_ReportsEachTagOnItsLine()
    {
        var text = Samples.WithBody("hi", "परिचय।\n\nकई लोगों के लिए, CEO होना\nमहत्वाकांक्षा का <b>शिखर</b> होता है।\n");
        var line = TextLines.LineOf(text, "<b>");

        var parsed = Samples.Parse(text);

        ProblemAssert.Has(parsed.Problems, ProblemSeverity.Error, File, line, "raw HTML '<b>' is not allowed");
        ProblemAssert.Has(parsed.Problems, ProblemSeverity.Error, File, line, "raw HTML '</b>' is not allowed");
        Assert.Equal(2, parsed.Problems.Count);
        Assert.Null(parsed.Transcript);
    }

    [Fact]
    public void Parse_InlineImgWithOnerror_ReportsItsLine()
    {
        var text = Samples.WithBody("bn", "ভূমিকা।\n\nঅনেকের কাছে, CEO হওয়া\n<img src=x onerror=alert(1)> উচ্চাকাঙ্ক্ষার শিখর।\n");

        var parsed = Samples.Parse(text, $"{Samples.Slug}/bn.md");

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, $"{Samples.Slug}/bn.md", TextLines.LineOf(text, "<img"), "raw HTML '<img src=x onerror=alert(1)>'");
    }

    [Fact]
    public void Parse_Image_ReportsItsLine()
    {
        var text = Samples.WithBody("hi", "परिचय।\n\nकई लोगों के लिए, CEO होना\n![Emad Mostaque का चित्र](https://example.com/emad.png) महत्वाकांक्षा का शिखर होता है।\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "!["), "images are not supported");
        Assert.Null(parsed.Transcript);
    }
}
