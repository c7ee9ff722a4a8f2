using InterviewReader.Content.Model;
using InterviewReader.Content.Text.Transliteration;

namespace InterviewReader.Content.Tests.Transliteration;

public sealed class OffsetAndRichTextTests
{
    private static readonly Transliterator ToDeva = BengaliDevanagari.BengaliToDevanagari(TransliterationMode.Display);

    [Fact]
    public void ToSource_AWordOfTheOutput_MapsBackToTheSameWordOfTheSource()
    {
        const string source = "তার ভবিষ্যৎ নিয়ে স্বাধীনতা";
        var result = ToDeva.Transliterate(source);

        foreach (var word in source.Split(' '))
        {
            var outWord = ToDeva.TransliterateText(word);
            var at = result.Text.IndexOf(outWord, StringComparison.Ordinal);
            Assert.True(at >= 0, outWord);
            var (start, length) = result.ToSource(at, outWord.Length);
            Assert.Equal(word, source.Substring(start, length));
        }
    }

    [Fact]
    public void ToSource_ACharacterOfAManyCharacterRule_MapsToTheWholeSourceLetter()
    {
        // ৎ → त् (two characters): either of them is ৎ; precomposed য় (one char, NFC two) → य: that char.
        const string source = "ভবিষ্যৎ সম\u09DFে";
        var result = ToDeva.Transliterate(source);

        Assert.Equal("भबिष्यत् समये", result.Text);
        var halant = result.Text.IndexOf('्', result.Text.IndexOf('त'));
        Assert.Equal((6, 1), result.ToSource(halant, 1));
        Assert.Equal((6, 1), result.ToSource(halant - 1, 1));
        var ya = result.Text.LastIndexOf('य');
        Assert.Equal("\u09DF", source.Substring(result.ToSource(ya, 1).Start, result.ToSource(ya, 1).Length));
        Assert.Equal((source.Length, 0), result.ToSource(result.Text.Length, 0));
        Assert.Equal((0, source.Length), result.ToSource(0, result.Text.Length));
    }

    [Fact]
    public void Transliterate_RichText_KeepsEmphasisLinksAndCodeNodeByNode()
    {
        var text = new RichText([
            new TextNode("তার "),
            new EmphasisNode(2, [new TextNode("স্বাধীনতা")]),
            new TextNode(" "),
            new LinkNode("https://example.org/বাংলা", [new EmphasisNode(1, [new TextNode("ভবিষ্যৎ")])]),
            new LineBreakNode(),
            new CodeNode("ক"),
        ]);

        var result = ToDeva.Transliterate(text);

        Assert.Equal(
            new RichText([
                new TextNode("तार "),
                new EmphasisNode(2, [new TextNode("स्वाधीनता")]),
                new TextNode(" "),
                new LinkNode("https://example.org/বাংলা", [new EmphasisNode(1, [new TextNode("भबिष्यत्")])]),
                new LineBreakNode(),
                new CodeNode("ক"),
            ]),
            result);
    }

    [Fact]
    public void Scripts_AreDataBesideTheLanguages_AndEveryPairHasATransliterator()
    {
        foreach (var language in Languages.All)
        {
            var own = Scripts.Of(language);
            foreach (var script in Scripts.All.Where(s => s != own))
            {
                Assert.NotNull(Transliterators.Find(own, script));
                var shown = language.InScript(script);
                Assert.Equal($"{language.LangTag}-{script.Code}", shown.LangTag);
                Assert.True(shown.IsWrittenIn(Transliterators.Find(own, script)!.TransliterateText(language.NativeName)));
            }

            Assert.Same(language, language.InScript(own));
        }
    }
}
