using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Validation;

/// <summary>Links may go to http, https, mailto or a fragment on the page; anything else is an error on its line.</summary>
public sealed class LinkValidationTests
{
    private const string File = $"{Samples.Slug}/hi.md";

    [Theory]
    [InlineData("javascript:alert(1)", "javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(document.cookie)", "JaVaScRiPt:alert(document.cookie)")]
    [InlineData("jav&#x61;script:alert(1)", "javascript:alert(1)")]
    [InlineData("javascript&#58;alert(1)", "javascript:alert(1)")]
    [InlineData("&#x6A;avascript:alert(1)", "javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>", "data:text/html,<script>alert(1)</script>")]
    [InlineData("DATA:text/html;base64,PHNjcmlwdD4=", "DATA:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox(1)", "vbscript:msgbox(1)")]
    [InlineData("VBScript:MsgBox(1)", "VBScript:MsgBox(1)")]
    [InlineData("file:///etc/passwd", "file:///etc/passwd")]
    [InlineData("stability.ai", "stability.ai")]
    public void Parse_DisallowedLinkTarget_ReportsTheLinkLine(string target, string shown)
    {
        var text = Samples.WithBody("hi", $"परिचय।\n\nकई लोगों के लिए, CEO होना\nमहत्वाकांक्षा का [शिखर]({target}) होता है।\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "[शिखर]"),
            $"link target '{shown}' is not allowed");
        Assert.Null(parsed.Transcript);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<VBSCRIPT:msgbox(1)>")]
    public void Parse_DisallowedAutolink_ReportsTheLinkLine(string autolink)
    {
        var text = Samples.WithBody("bn", $"ভূমিকা।\n\nঅনেকের কাছে, CEO হওয়া\n{autolink} উচ্চাকাঙ্ক্ষার চূড়ান্ত শিখর।\n");

        var parsed = Samples.Parse(text, $"{Samples.Slug}/bn.md");

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, $"{Samples.Slug}/bn.md", TextLines.LineOf(text, autolink), "is not allowed");
    }

    [Fact]
    public void Parse_ReferenceLinkToJavascript_ReportsTheLinkLine()
    {
        var text = Samples.WithBody("hi", "परिचय।\n\nकई लोगों के लिए [शिखर][r] होता है।\n\n[r]: javascript:alert(1)\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Has(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "[शिखर]"), "link target 'javascript:alert(1)' is not allowed");
        Assert.Null(parsed.Transcript);
    }

    [Theory]
    [InlineData("https://stability.ai/news")]
    [InlineData("http://example.com/")]
    [InlineData("HTTPS://EXAMPLE.COM/")]
    [InlineData("mailto:editor@example.com")]
    [InlineData("#intro-p1")] // the paragraph's own anchor: a fragment must reach something in the file
    public void Parse_AllowedLinkTarget_KeepsTheLink(string target)
    {
        var text = Samples.WithBody("hi", $"कई लोगों के लिए, CEO होना महत्वाकांक्षा का [शिखर]({target}) होता है।\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.None(parsed.Problems);
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(parsed.Transcript!.Sections.Single().Blocks));
        var link = Assert.Single(paragraph.Text.Nodes.OfType<LinkNode>());
        Assert.Equal(target, link.Url);
        Assert.Equal("शिखर", link.PlainText);
    }
}
