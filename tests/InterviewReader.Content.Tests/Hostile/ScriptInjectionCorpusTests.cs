using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Hostile;

/// <summary>
/// Script injection every way Markdown allows. Each body is put in a Hindi transcript next to a
/// valid Bengali one, beside a copy of the real interview. A refused body is reported on its
/// line with what to do; an accepted one is kept as visible text. Either way, loading returns,
/// the real interview is untouched, and nothing rendered (even what the parser read before
/// refusing) can run.
/// </summary>
public sealed class ScriptInjectionCorpusTests
{
    private const string RawHtml = "raw HTML is not allowed: write Markdown instead";
    private const string NotAllowedLink = "is not allowed: use an http, https or mailto link, or #section";
    private const string NoImages = "images are not supported in transcripts: remove the image";
    private const string NoAttributes = "attributes in '{…}' are not allowed here: remove them";

    /// <summary>Body, the text that marks the line the problem belongs to, and a part of the message.</summary>
    private static readonly Dictionary<string, (string Body, string Marker, string Message)> Refused = new()
    {
        ["script block"] = ("<script>alert('नमस्ते')</script>", "<script>", RawHtml),
        ["script block over lines"] = ("<script>\nalert(1)\n</script>", "<script>", RawHtml),
        ["script block in mixed case"] = ("<ScRiPt >alert(1)</sCrIpT>", "<ScRiPt", RawHtml),
        ["script inline"] = ("पाठ <script>alert(1)</script> पाठ", "पाठ <script>", "raw HTML '<script>' is not allowed: write Markdown instead"),
        ["script in a heading"] = ("## <script>alert(1)</script> शक्ति {#centralised-power}", "## <script>", "raw HTML '<script>' is not allowed"),
        ["script in an underlined heading"] = ("शक्ति का खतरा\nदूसरी पंक्ति <script>alert(1)</script> {#centralised-power}\n---", "दूसरी पंक्ति", "raw HTML '<script>' is not allowed"),
        ["script in a takeaway term"] = ("::: takeaways\nमुख्य सीख:\n\n- <script>x</script>: व्याख्या\n:::", "- <script>", RawHtml),
        ["fragment link with markup"] = ("[खंड](#\"><script>alert(1)</script>)", "[खंड]", "goes to no section or passage of this file"),
        ["script block inside a quote"] = ("> उद्धरण\n>\n> <script>alert(1)</script>", "> <script>", RawHtml),
        ["img onerror block"] = ("<img src=x onerror=alert(1)>", "<img", RawHtml),
        ["img onerror inline"] = ("चित्र <img src=x onerror=alert(1)> यहाँ", "<img", "raw HTML '<img src=x onerror=alert(1)>' is not allowed"),
        ["onclick on an inline anchor"] = ("देखें <a href=\"https://example.com\" onclick=\"alert(1)\">यहाँ</a>", "onclick", "raw HTML '<a href=\"https://example.com\" onclick="),
        ["onmouseover on a span"] = ("<span onmouseover=\"alert(1)\">पाठ</span> और", "<span", "raw HTML '<span onmouseover=\"alert(1)\">' is not allowed"),
        ["svg with script"] = ("<svg><script>alert(1)</script></svg>", "<svg>", "raw HTML '<svg>' is not allowed"),
        ["svg onload inline"] = ("चित्र <svg onload=alert(1)> यहाँ", "<svg", "raw HTML '<svg onload=alert(1)>' is not allowed"),
        ["iframe with javascript src"] = ("<iframe src=\"javascript:alert(1)\"></iframe>", "<iframe", RawHtml),
        ["style block"] = ("<style>body{background:url(javascript:alert(1))}</style>", "<style>", RawHtml),
        ["html comment hiding script"] = ("<!-- <script>alert(1)</script> -->", "<!--", RawHtml),
        ["cdata inline"] = ("पाठ <![CDATA[<script>alert(1)</script>]]> पाठ", "CDATA", "raw HTML '<![CDATA[<script>alert(1)</script>]]>' is not allowed"),
        ["javascript link"] = ("[क्लिक](javascript:alert(1))", "[क्लिक]", "link target 'javascript:alert(1)' " + NotAllowedLink),
        ["javascript link in mixed case"] = ("[क्लिक](JaVaScRiPt:alert(document.cookie))", "[क्लिक]", "link target 'JaVaScRiPt:alert(document.cookie)' " + NotAllowedLink),
        ["javascript link after spaces"] = ("[क्लिक](   javascript:alert(1))", "[क्लिक]", "link target 'javascript:alert(1)' " + NotAllowedLink),
        ["javascript link with a tab in the scheme"] = ("[क्लिक](<java\tscript:alert(1)>)", "[क्लिक]", "link target 'java\tscript:alert(1)' " + NotAllowedLink),
        ["javascript link with an entity tab"] = ("[क्लिक](java&#x09;script:alert(1))", "[क्लिक]", "link target 'java\tscript:alert(1)' " + NotAllowedLink),
        ["javascript link with an entity newline"] = ("[क्लिक](java&#10;script:alert(1))", "[क्लिक]", "link target 'java\nscript:alert(1)' " + NotAllowedLink),
        ["javascript link with a hex entity"] = ("[क्लिक](jav&#x61;script:alert(1))", "[क्लिक]", "link target 'javascript:alert(1)' " + NotAllowedLink),
        ["javascript link with a decimal entity"] = ("[क्लिक](&#106;avascript:alert(1))", "[क्लिक]", "link target 'javascript:alert(1)' " + NotAllowedLink),
        ["javascript link with a named colon entity"] = ("[क्लिक](javascript&colon;alert(1))", "[क्लिक]", "link target 'javascript:alert(1)' " + NotAllowedLink),
        ["javascript link percent-encoded colon"] = ("[क्लिक](javascript%3Aalert(1))", "[क्लिक]", "link target 'javascript%3Aalert(1)' " + NotAllowedLink),
        ["javascript link percent-encoded letter"] = ("[क्लिक](%6Aavascript:alert(1))", "[क्लिक]", "link target '%6Aavascript:alert(1)' " + NotAllowedLink),
        ["javascript link in fullwidth letters"] = ("[क्लिक](ｊａｖａｓｃｒｉｐｔ:alert(1))", "[क्लिक]", NotAllowedLink),
        ["data link"] = ("[क्लिक](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[क्लिक]", "link target 'data:text/html;base64,"),
        ["data link in capitals with markup"] = ("[क्लिक](DATA:text/html,<script>alert(1)</script>)", "[क्लिक]", "link target 'DATA:text/html,<script>alert(1)</script>' " + NotAllowedLink),
        ["vbscript link"] = ("[ক্লিক](vbscript:msgbox(1))", "[ক্লিক]", "link target 'vbscript:msgbox(1)' " + NotAllowedLink),
        ["vbscript link in mixed case"] = ("[ক্লিক](VbScRiPt:MsgBox(1))", "[ক্লিক]", "link target 'VbScRiPt:MsgBox(1)' " + NotAllowedLink),
        ["javascript link in a takeaway"] = ("::: takeaways\nमुख्य सीख:\n\n- शब्द: [क्लिक](javascript:alert(1))\n:::", "- शब्द", "link target 'javascript:alert(1)' " + NotAllowedLink),
        ["javascript link in a quote attribution"] = ("> \"उद्धरण\" - [Emad](javascript:alert(1))", "> \"उद्धरण\"", "link target 'javascript:alert(1)' " + NotAllowedLink),
        ["javascript link in a heading"] = ("## [शक्ति](javascript:alert(1)) {#centralised-power}", "## [शक्ति]", "link target 'javascript:alert(1)' " + NotAllowedLink),
        ["javascript image"] = ("![चित्र](javascript:alert(1))", "![चित्र]", NoImages),
        ["data svg image"] = ("![चित्र](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", "![चित्र]", NoImages),
        ["image with a quoting title"] = ("![x](https://example.com/x.png \"\\\" onerror=\\\"alert(1)\")", "![x]", NoImages),
        ["javascript autolink"] = ("देखें <javascript:alert(1)>", "देखें", "link target 'javascript:alert(1)' " + NotAllowedLink),
        ["vbscript autolink in capitals"] = ("<VBSCRIPT:msgbox(1)> देखें", "<VBSCRIPT", "link target 'VBSCRIPT:msgbox(1)' " + NotAllowedLink),
        ["data autolink"] = ("देखें <data:text/html,alert(1)>", "देखें", "link target 'data:text/html,alert(1)' " + NotAllowedLink),
        ["reference link to javascript"] = ("[क्लिक][r] देखें\n\n[r]: javascript:alert(1)", "[क्लिक][r]", "link target 'javascript:alert(1)' " + NotAllowedLink),
        ["collapsed reference link to javascript"] = ("[r][] देखें\n\n[r]: JAVASCRIPT:alert(1)", "[r][]", "link target 'JAVASCRIPT:alert(1)' " + NotAllowedLink),
        ["shortcut reference link to data"] = ("[r] देखें\n\n[r]: <data:text/html,x>", "[r] देखें", "link target 'data:text/html,x' " + NotAllowedLink),
        ["reference image"] = ("![r] देखें\n\n[r]: javascript:alert(1)", "![r]", NoImages),
        ["link with onclick attribute"] = ("[क्लिक](https://example.com){onclick=\"alert(1)\"}", "[क्लिक]", NoAttributes),
        ["paragraph with onmouseover attribute"] = ("{onmouseover=\"alert(1)\"}\nपाठ", "{onmouseover", NoAttributes),
        ["heading with onclick attribute"] = ("## शक्ति {#centralised-power onclick=\"alert(1)\"}", "## शक्ति", "section ID 'centralised-power onclick' is not valid: IDs have no spaces"),
        ["takeaways with onclick attribute"] = ("::: takeaways {onclick=alert(1)}\nमुख्य सीख:\n\n- क: ख\n:::", "::: takeaways", NoAttributes),
        ["takeaways with words after it"] = ("::: takeaways <b>मुख्य</b>\nमुख्य सीख:\n\n- क: ख\n:::", "::: takeaways", "'::: takeaways' stands alone on its line: remove '<b>मुख्य</b>'"),
        ["link title that closes the attribute"] = ("[क्लिक](https://example.com \"a\\\" onmouseover=\\\"alert(1)\")", "[क्लिक]", "link title \"a\" onmouseover=\"alert(1)\" is not shown to readers: remove it"),
        ["reference link title with quotes"] = ("[क्लिक][r] देखें\n\n[r]: https://example.com 'x\" onmouseover=\"alert(1)'", "[क्लिक][r]", "is not shown to readers: remove it"),
    };

    /// <summary>Body, and text the paragraph must show as it is (nothing lost, nothing run).</summary>
    private static readonly Dictionary<string, (string Body, string Shown)> Accepted = new()
    {
        ["named entities that decode to a script tag"] = ("&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"),
        ["decimal entities that decode to an img tag"] = ("&#60;img src=x onerror=alert(1)&#62;", "<img src=x onerror=alert(1)>"),
        ["hex entities that decode to an svg tag"] = ("&#x3C;svg onload=alert(1)&#x3E;", "<svg onload=alert(1)>"),
        ["backslash-escaped script tag"] = ("\\<script>alert(1)\\</script>", "<script>alert(1)</script>"),
        ["script in a code span"] = ("`<script>alert(1)</script>`", "<script>alert(1)</script>"),
        ["javascript url as plain text"] = ("javascript:alert(1) लिखा है", "javascript:alert(1) लिखा है"),
        ["https url with quotes and markup"] = ("[उद्धरण](https://example.com/\"onmouseover=\"alert(1))", "उद्धरण"),
        ["email autolink"] = ("लिखें <editor@example.com>", "लिखें editor@example.com"),
    };

    public static TheoryData<string> RefusedCases() => [.. Refused.Keys];

    public static TheoryData<string> AcceptedCases() => [.. Accepted.Keys];

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public void Load_ScriptInjection_IsRefusedOnItsLineAndNothingRuns(string name)
    {
        var (body, marker, message) = Refused[name];
        var text = Transcript(body);
        using var root = new TempContentRoot();
        root.Write($"{HostileLoad.Folder}/hi.md", text);
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));

        var snapshot = HostileLoad.Load(root);

        ProblemAssert.Has(snapshot.Problems, ProblemSeverity.Error, $"{HostileLoad.Folder}/hi.md", TextLines.LineOf(text, marker), message);
        Assert.Null(snapshot.Find(HostileLoad.Folder));
        Assert.All(RenderedInlines.Of(text), InertHtmlAssert.IsInert);
    }

    [Theory]
    [MemberData(nameof(AcceptedCases))]
    public void Load_MarkupThatIsOnlyText_IsPublishedVerbatimAndInert(string name)
    {
        // The paragraph starts in Hindi: a paragraph with no Devanagari beside a Bengali one is lost text.
        const string Hindi = "उदाहरण: ";
        var (body, shown) = Accepted[name];
        var text = Transcript(Hindi + body);
        using var root = new TempContentRoot();
        root.Write($"{HostileLoad.Folder}/hi.md", text);
        root.Write($"{HostileLoad.Folder}/bn.md", Samples.Transcript("bn"));

        var snapshot = HostileLoad.Load(root);

        Assert.DoesNotContain(snapshot.Problems, p => p.Severity == ProblemSeverity.Error);
        var interview = snapshot.Find(HostileLoad.Folder);
        Assert.NotNull(interview);
        var paragraph = interview.Interview.In("hi")!.Sections.Single(s => s.Id == "founders-call").Blocks.OfType<ParagraphBlock>().First();
        Assert.Equal(Hindi + shown, paragraph.Text.PlainText);
        Assert.All(RenderedInlines.Of(text), InertHtmlAssert.IsInert);
    }

    [Fact]
    public void Load_EmailAutolink_BecomesAMailtoLink()
    {
        var parsed = Samples.Parse(Samples.WithBody("hi", "लिखें <editor@example.com>\n"));

        ProblemAssert.None(parsed.Problems);
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(parsed.Transcript!.Sections.Single().Blocks));
        var link = Assert.Single(paragraph.Text.Nodes.OfType<LinkNode>());
        Assert.Equal("mailto:editor@example.com", link.Url);
        Assert.Equal("editor@example.com", link.PlainText);
    }

    private static string Transcript(string body) =>
        Samples.WithBody("hi", $"परिचय।\n\n## संस्थापक का बुलावा {{#founders-call}}\n\n{body}\n\nअंतिम अनुच्छेद।\n");
}
