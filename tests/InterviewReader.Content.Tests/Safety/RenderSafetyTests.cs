using InterviewReader.Content.Model;
using InterviewReader.Content.Tests.TestSupport;
using InterviewReader.Content.Text;

namespace InterviewReader.Content.Tests.Safety;

/// <summary>
/// Hostile Markdown is refused, and even what the parser reads from it before refusing renders
/// as inert HTML: no script element, no script URL in an href, no event-handler attribute.
/// </summary>
public sealed class RenderSafetyTests
{
    public static TheoryData<string> HostileBodies => new()
    {
        "पाठ <script>alert('नमस्ते')</script> पाठ",
        "<script>alert('नमस्ते')</script>",
        "चित्र <img src=x onerror=alert(1)> यहाँ",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">क्लिक करें</a> यहाँ",
        "[क्लिक करें](javascript:alert(1))",
        "[ক্লিক করুন](JaVaScRiPt:alert(document.cookie))",
        "[क्लिक](jav&#x61;script:alert(1))",
        "[क्लिक](&#x6A;avascript&#58;alert(1))",
        "देखें <javascript:alert(1)>",
        "[क्लिक](data:text/html,<script>alert(1)</script>)",
        "[ক্লিক](vbscript:msgbox(1))",
        "![चित्र](javascript:alert(1))",
        "**[मोटा](javascript:alert(1))** और *<svg onload=alert(1)>*",
        "[r]: javascript:alert(1)\n\n[संदर्भ][r]",
        "::: takeaways\nमुख्य सीख:\n\n- <script>x</script>: [क्लिक](javascript:alert(1))\n:::",
        "> \"उद्धरण <img src=x onerror=alert(1)>\" - [Emad](javascript:alert(1))",
        "[খণ্ড](#\"><script>alert(1)</script>)",
    };

    public static TheoryData<string> InertBodies => new()
    {
        "&lt;script&gt;alert(1)&lt;/script&gt; और &lt;img src=x onerror=alert(1)&gt;",
        "कोड `<script>alert(1)</script>` और `<img src=x onerror=alert(1)>`",
        "[उद्धरण](https://example.com/\"><script>alert(1)</script>)",
    };

    [Theory]
    [MemberData(nameof(HostileBodies))]
    public void Parse_HostileMarkup_IsNotPublished(string body)
    {
        var parsed = Samples.Parse(Samples.WithBody("hi", $"परिचय।\n\n## संस्थापक का बुलावा {{#founders-call}}\n\n{body}\n\nअंतिम अनुच्छेद।\n"));

        Assert.Null(parsed.Transcript);
        Assert.NotEmpty(parsed.Problems);
    }

    [Theory]
    [MemberData(nameof(HostileBodies))]
    public void Render_HostileMarkup_EveryParagraphIsInert(string body)
    {
        var rendered = RenderedInlines.Of(Samples.WithBody("hi", $"परिचय।\n\n## संस्थापक का बुलावा {{#founders-call}}\n\n{body}\n\nअंतिम अनुच्छेद।\n"));

        Assert.Contains("परिचय।", rendered);
        Assert.Contains("अंतिम अनुच्छेद।", rendered);
        Assert.All(rendered, InertHtmlAssert.IsInert);
    }

    [Theory]
    [MemberData(nameof(InertBodies))]
    public void Render_EncodedOrQuotedMarkup_IsPublishedAsInertText(string body)
    {
        var parsed = Samples.Parse(Samples.WithBody("hi", body + "\n"));

        ProblemAssert.None(parsed.Problems);
        Assert.DoesNotContain("<script", TranscriptHtml.Render(parsed.Transcript!), StringComparison.OrdinalIgnoreCase);
        Assert.All(Paragraphs(parsed.Transcript!), p => InertHtmlAssert.IsInert(RichTextHtml.Render(p.Text)));
    }

    [Fact]
    public void Render_EntityEncodedScript_ShowsAsText()
    {
        var parsed = Samples.Parse(Samples.WithBody("hi", "&lt;script&gt;alert(1)&lt;/script&gt;\n"));

        var paragraph = Assert.Single(Paragraphs(parsed.Transcript!));
        Assert.Equal("<script>alert(1)</script>", paragraph.Text.PlainText);
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt;", RichTextHtml.Render(paragraph.Text));
    }

    [Fact]
    public void Render_AllowedLinks_BecomeAnchors()
    {
        var parsed = Samples.Parse(Samples.WithBody("hi",
            "[Stability AI](https://stability.ai/news?a=1&b=2), [संपादक](mailto:editor@example.com) और [संस्थापक का बुलावा](#founders-call) देखें।\n\n## संस्थापक का बुलावा {#founders-call}\n"));

        ProblemAssert.None(parsed.Problems);
        var html = RichTextHtml.Render(Assert.Single(Paragraphs(parsed.Transcript!)).Text);
        Assert.Contains("<a href=\"https://stability.ai/news?a=1&amp;b=2\">Stability AI</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:editor@example.com\">संपादक</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#founders-call\">संस्थापक का बुलावा</a>", html, StringComparison.Ordinal);
        InertHtmlAssert.IsInert(html);
    }

    private static IEnumerable<ParagraphBlock> Paragraphs(Transcript transcript) =>
        transcript.Sections.SelectMany(s => s.Blocks).OfType<ParagraphBlock>();
}
