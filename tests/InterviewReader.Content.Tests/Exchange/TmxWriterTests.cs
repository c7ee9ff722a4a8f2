using System.Collections.Immutable;
using System.Xml.Linq;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Exchange;
using InterviewReader.Content.Model;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Exchange;

/// <summary>The TMX 1.4b file of an interview: well-formed, a valid header, one tu per bead that pairs languages.</summary>
public sealed class TmxWriterTests
{
    private static readonly XNamespace Xml = XNamespace.Xml;

    private static AlignedInterview Bundled => RealInterview.Snapshot.Find(RealInterview.Slug)!;

    [Fact]
    public void Write_BundledInterview_HasATmx14HeaderWithEveryRequiredAttribute()
    {
        var document = Parse(TmxWriter.Write(Bundled));

        var tmx = document.Root!;
        Assert.Equal("tmx", tmx.Name.LocalName);
        Assert.Equal("1.4", (string?)tmx.Attribute("version"));
        var header = Assert.Single(tmx.Elements("header"));
        Assert.Equal("InterviewReader", (string?)header.Attribute("creationtool"));
        Assert.False(string.IsNullOrEmpty((string?)header.Attribute("creationtoolversion")));
        Assert.Equal("sentence", (string?)header.Attribute("segtype"));
        Assert.Equal("InterviewReader", (string?)header.Attribute("o-tmf"));
        Assert.Equal("en", (string?)header.Attribute("adminlang"));
        Assert.Equal("hi", (string?)header.Attribute("srclang"));
        Assert.Equal("plaintext", (string?)header.Attribute("datatype"));
        Assert.Equal(["header", "body"], tmx.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void Write_BundledInterview_PairsEverySentenceOfBothLanguagesInReadingOrder()
    {
        var document = Parse(TmxWriter.Write(Bundled));

        var units = document.Root!.Element("body")!.Elements("tu").ToList();
        Assert.Equal(41, units.Count);
        Assert.All(units, tu => Assert.Equal(["hi", "bn"], tu.Elements("tuv").Select(v => (string?)v.Attribute(Xml + "lang"))));
        foreach (var (language, column) in new[] { ("hi", 0), ("bn", 1) })
        {
            var segs = units.Select(tu => tu.Elements("tuv").ElementAt(column).Element("seg")!.Value);
            Assert.Equal(AllSentences(RealInterview.Transcript(language)), segs);
        }

        Assert.Equal(units.Count, units.Select(tu => (string?)tu.Attribute("tuid")).Distinct().Count());
        Assert.Equal("intro-p1-s1", (string?)units[0].Attribute("tuid"));
    }

    [Fact]
    public void Write_BeadsOfEveryShape_OneTuPerBeadWithTwoLanguagesAndNoneForASentenceWithoutTranslation()
    {
        var interview = WithIntroBeads(
            new SentenceBead("intro-p1-s1", [[0], [0]], 0.93),
            new SentenceBead("intro-p1-s2", [[1], []], 0.2),
            new SentenceBead("intro-p1-s3", [[2], [1, 2]], 0.41));
        var hi = IntroSentences(interview, 0);
        var bn = IntroSentences(interview, 1);

        var document = Parse(TmxWriter.Write(interview));

        var intro = document.Root!.Element("body")!.Elements("tu").Where(tu => ((string?)tu.Attribute("tuid"))!.StartsWith("intro-", StringComparison.Ordinal)).ToList();
        Assert.Equal(["intro-p1-s1", "intro-p1-s3"], intro.Select(tu => (string?)tu.Attribute("tuid")));
        Assert.Equal([hi[0].Text.PlainText, bn[0].Text.PlainText], intro[0].Elements("tuv").Select(v => v.Element("seg")!.Value));
        Assert.Equal([hi[2].Text.PlainText, bn[1].Text.PlainText + bn[1].Trailing + bn[2].Text.PlainText], intro[1].Elements("tuv").Select(v => v.Element("seg")!.Value));
        Assert.Equal(["0.93", "0.41"], intro.Select(tu => tu.Elements("prop").Single(p => (string?)p.Attribute("type") == "x-confidence").Value));
    }

    [Fact]
    public void Write_MarkupCharactersAndControlCharacters_AreEscapedOrReplaced()
    {
        using var root = new TempContentRoot();
        foreach (var (language, text) in new[] { ("hi", "AT&T ने कहा 5 < 6 \"और\" 'यह'। दूसरा\u0001 वाक्य।"), ("bn", "AT&T বলল 5 < 6 \"এবং\"। দ্বিতীয় বাক্য।") })
        {
            root.Write($"tiny/{language}.md", Samples.WithBody(language, text + "\n"));
        }

        var interview = root.Load().Find("tiny");
        Assert.NotNull(interview);

        var document = Parse(TmxWriter.Write(interview));

        var segs = document.Root!.Element("body")!.Elements("tu").Select(tu => tu.Elements("tuv").First().Element("seg")!.Value).ToList();
        Assert.Equal(["AT&T ने कहा 5 < 6 \"और\" 'यह'।", "दूसरा\uFFFD वाक्य।"], segs);
    }

    [Fact]
    public void Write_SameInterview_SameBytes()
    {
        Assert.Equal(TmxWriter.Write(Bundled), TmxWriter.Write(Bundled));
        Assert.False(TmxWriter.Write(Bundled).AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]));
    }

    private static XDocument Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream);
    }

    private static IEnumerable<string> AllSentences(Transcript transcript) =>
        transcript.Sections.SelectMany(s => s.Blocks).SelectMany(block => block switch
        {
            ParagraphBlock p => p.Sentences,
            QuoteBlock q => q.Sentences,
            TakeawayList list => list.Items.SelectMany(i => i.Sentences),
            _ => [],
        }).Select(s => s.Text.PlainText);

    private static ImmutableArray<Sentence> IntroSentences(AlignedInterview interview, int column) =>
        ((AlignedRow<ParagraphBlock>)interview.Sections[0].Blocks[0]).Cells[column][0].Sentences;

    private static AlignedInterview WithIntroBeads(params SentenceBead[] beads)
    {
        var section = Bundled.Sections[0];
        var row = (AlignedRow<ParagraphBlock>)section.Blocks[0];
        return Bundled with { Sections = Bundled.Sections.SetItem(0, section with { Blocks = section.Blocks.SetItem(0, row with { Beads = [.. beads] }) }) };
    }
}
