using System.Text;
using InterviewReader.Content.Model;
using InterviewReader.Content.Parsing;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Validation;

/// <summary>A UTF-8 byte order mark and Windows line endings are accepted and change nothing.</summary>
public sealed class AcceptedEncodingTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Theory]
    [InlineData("hi")]
    [InlineData("bn")]
    public void Parse_RealContentWithBom_SameTranscriptAsWithout(string language)
    {
        var text = RealInterview.SourceText(language);

        var plain = ParseClean(language, Encoding.UTF8.GetBytes(text));
        var withBom = ParseClean(language, [.. Bom, .. Encoding.UTF8.GetBytes(text)]);

        Assert.Equal(TranscriptHtml.Render(plain), TranscriptHtml.Render(withBom));
        Assert.Equal(Lines(plain), Lines(withBom));
        Assert.False(withBom.Metadata.Title.StartsWith('\uFEFF'));
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("bn")]
    public void Parse_RealContentWithCrlf_SameTranscriptAsLf(string language)
    {
        var text = RealInterview.SourceText(language);

        var lf = ParseClean(language, Encoding.UTF8.GetBytes(text));
        var crlf = ParseClean(language, Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)));

        Assert.Equal(TranscriptHtml.Render(lf), TranscriptHtml.Render(crlf));
        Assert.Equal(Lines(lf), Lines(crlf));
    }

    [Fact]
    public void Parse_BomAndCrlfTogether_SameTranscriptAsPlain()
    {
        var text = Samples.Transcript("bn", paragraphs: 3);

        var plain = ParseClean("bn", Encoding.UTF8.GetBytes(text));
        var windows = ParseClean("bn", [.. Bom, .. Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))]);

        Assert.Equal(TranscriptHtml.Render(plain), TranscriptHtml.Render(windows));
        Assert.Equal(Lines(plain), Lines(windows));
    }

    [Fact]
    public void Parse_CrlfInsideAParagraph_LeavesNoCarriageReturn()
    {
        var text = Samples.WithBody("hi", "कई लोगों के लिए,\nCEO होना महत्वाकांक्षा का शिखर होता है।\n").Replace("\n", "\r\n", StringComparison.Ordinal);

        var transcript = ParseClean("hi", Encoding.UTF8.GetBytes(text));

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(transcript.Sections.Single().Blocks));
        Assert.Equal("कई लोगों के लिए, CEO होना महत्वाकांक्षा का शिखर होता है।", paragraph.Text.PlainText);
    }

    private static Transcript ParseClean(string language, byte[] bytes)
    {
        var parsed = TranscriptParser.Parse($"{Samples.Slug}/{language}.md", bytes);
        ProblemAssert.None(parsed.Problems);
        Assert.NotNull(parsed.Transcript);
        return parsed.Transcript;
    }

    private static IEnumerable<(string Anchor, int Line)> Lines(Transcript transcript) =>
        transcript.Sections.SelectMany(s => s.Blocks.Select(b => (b.AnchorId, b.Line))
            .Concat(s.Blocks.OfType<TakeawayList>().SelectMany(l => l.Items.Select(i => (i.AnchorId, i.Line))))
            .Prepend((s.Id, s.Line))).ToList();
}
