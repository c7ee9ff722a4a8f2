using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Validation;

/// <summary>
/// Markdown a reader would see as garbage is an error on its line: tables, footnotes, links to
/// no section, and section IDs that collide with an ID the page mints.
/// </summary>
public sealed class UnsupportedMarkdownValidationTests
{
    private const string File = $"{Samples.Slug}/hi.md";

    [Fact]
    public void Parse_PipeTable_ReportsItsFirstLine()
    {
        var text = Body("| वर्ष | डाउनलोड |\n|---|---|\n| 2024 | 300 मिलियन |");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "| वर्ष"), "a table: tables are not supported");
        Assert.Null(parsed.Transcript);
    }

    [Fact]
    public void Parse_LoneTableRowInsideAParagraph_ReportsItsLine()
    {
        var text = Body("कई लोगों के लिए, CEO होना महत्वाकांक्षा का शिखर होता है।\n| वर्ष | डाउनलोड |");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "| वर्ष"), "shaped like a table row");
    }

    [Fact]
    public void Parse_FootnoteMarkAndNote_ReportsBoth()
    {
        var text = Body("कई लोगों के लिए, CEO होना शिखर होता है।[^1]\n\n[^1]: Elon Musk की उपमा।");

        var parsed = Samples.Parse(text);

        ProblemAssert.Has(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "होता है।[^1]"), "a footnote mark '[^1]'");
        ProblemAssert.Has(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "[^1]: "), "a footnote note '[^1]: …'");
        Assert.Equal(2, parsed.Problems.Count);
        Assert.Null(parsed.Transcript);
    }

    [Fact]
    public void Parse_FootnoteMarkWithoutNote_ReportsTheMark()
    {
        var text = Body("पहली पंक्ति,\nकई लोगों के लिए [^स्रोत] CEO होना शिखर होता है।");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "[^स्रोत]"), "a footnote mark '[^स्रोत]'");
    }

    [Fact]
    public void Parse_LinkToNoSection_ReportsItsLine()
    {
        var text = Body("पहली पंक्ति,\nदेखें [संस्थापक](#no-such) और [आगे](#founders-call-p9)।");

        var parsed = Samples.Parse(text);

        ProblemAssert.Has(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "#no-such"), "the link '#no-such' goes to no section or passage of this file");
        ProblemAssert.Has(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "#no-such"), "the link '#founders-call-p9'");
        Assert.Equal(2, parsed.Problems.Count);
        Assert.Null(parsed.Transcript);
    }

    [Fact]
    public void Parse_LinksToSectionsAndPassages_AreValid()
    {
        var text = Samples.Transcript("hi").Replace(
            "## केंद्रीकृत",
            "देखें [परिचय](#intro), [बुलावा](#founders-call), [पहला अनुच्छेद](#founders-call-p1), [सीख](#founders-call-takeaways), [दूसरी सीख](#founders-call-t2) और [अंत](#closing-quote)।\n\n## केंद्रीकृत",
            StringComparison.Ordinal);

        var parsed = Samples.Parse(text);

        ProblemAssert.None(parsed.Problems);
    }

    [Theory]
    [InlineData("main", "takes an ID the page uses itself")]
    [InlineData("toc-heading", "looks like the link of a paragraph, quote or takeaway of another section, or an ID the page gives")]
    [InlineData("toc", "takes an ID the page uses itself")]
    [InlineData("founders-heading", "looks like the link")]
    [InlineData("founders-takeaways-label", "looks like the link")]
    [InlineData("emad-mostaque-title", "looks like the link")]
    public void Parse_SectionIdThatThePageMints_IsRefused(string id, string message)
    {
        var text = Samples.WithBody("hi", $"परिचय।\n\n## संस्थापक का बुलावा {{#{id}}}\n\nकई लोगों के लिए, CEO होना महत्वाकांक्षा का शिखर होता है।\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "## "), $"section ID '{id}' {message}");
        Assert.Null(parsed.Transcript);
    }

    private static string Body(string block) =>
        Samples.WithBody("hi", $"परिचय।\n\n## संस्थापक का बुलावा {{#founders-call}}\n\n{block}\n\nअंतिम अनुच्छेद।\n");
}
