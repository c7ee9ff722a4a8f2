using System.Text;
using InterviewReader.Content.Parsing;
using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Validation;

/// <summary>Only UTF-8 text is read; anything else is refused with the line where it goes wrong.</summary>
public sealed class EncodingValidationTests
{
    private const string File = $"{Samples.Slug}/hi.md";

    [Fact]
    public void Parse_EmptyFile_ReportsTheWholeFile()
    {
        var parsed = TranscriptParser.Parse(File, []);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, 0, "the file is empty");
        Assert.Null(parsed.Transcript);
    }

    [Fact]
    public void Parse_InvalidUtf8Byte_ReportsItsLine()
    {
        var before = Samples.WithBody("hi", "परिचय।\n\nकई लोगों के लिए, CEO होना\nमहत्वाकांक्षा का ");
        byte[] bytes = [.. Encoding.UTF8.GetBytes(before), 0xFF, .. Encoding.UTF8.GetBytes(" शिखर होता है।\n")];

        var parsed = TranscriptParser.Parse(File, bytes);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(before, "महत्वाकांक्षा"), "not valid UTF-8");
        Assert.Null(parsed.Transcript);
    }

    [Fact]
    public void Parse_TruncatedDevanagariLetter_ReportsItsLine()
    {
        // 'क' is E0 A4 95 in UTF-8; the file ends the line after its first two bytes.
        var before = Samples.WithBody("hi", "परिचय।\n\nकई लोगों के लिए ");
        byte[] bytes = [.. Encoding.UTF8.GetBytes(before), 0xE0, 0xA4, .. Encoding.UTF8.GetBytes("\nशिखर होता है।\n")];

        var parsed = TranscriptParser.Parse(File, bytes);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(before, "कई लोगों"), "not valid UTF-8");
    }

    [Fact]
    public void Parse_InvalidUtf8AfterBom_CountsLinesFromTheText()
    {
        var before = Samples.WithBody("bn", "ভূমিকা।\n\nঅনেকের কাছে, ");
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(before), 0xC0, 0x80, .. Encoding.UTF8.GetBytes("CEO হওয়া।\n")];

        var parsed = TranscriptParser.Parse(File, bytes);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(before, "অনেকের"), "not valid UTF-8");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parse_Utf16File_AsksForUtf8(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Samples.Transcript("hi"))];

        var parsed = TranscriptParser.Parse(File, bytes);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, 1, "the file is UTF-16: save it as UTF-8");
        Assert.Null(parsed.Transcript);
    }

    [Fact]
    public void Parse_NulByte_ReportsItsLine()
    {
        var text = Samples.WithBody("hi", "परिचय।\n\nकई लोगों के लिए,\0 CEO होना महत्वाकांक्षा का शिखर होता है।\n");

        var parsed = Samples.Parse(text);

        ProblemAssert.Only(parsed.Problems, ProblemSeverity.Error, File, TextLines.LineOf(text, "\0"), "NUL character");
        Assert.Null(parsed.Transcript);
    }
}
