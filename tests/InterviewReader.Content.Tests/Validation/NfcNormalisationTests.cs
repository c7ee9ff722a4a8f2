using System.Text;
using InterviewReader.Content.Model;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Validation;

/// <summary>The parser normalises text to NFC, so the same words are the same characters however they were typed.</summary>
public sealed class NfcNormalisationTests
{
    [Fact]
    public void Parse_DecomposedBengaliVowelSign_IsComposed()
    {
        // মোস্তাক typed with ো as its two halves, ে (U+09C7) then া (U+09BE).
        const string decomposed = "ম\u09C7\u09BEস্তাক এলেন। তিনি বললেন।";
        Assert.False(decomposed.IsNormalized(NormalizationForm.FormC));

        var parsed = Samples.Parse(Samples.WithBody("bn", decomposed + "\n"), $"{Samples.Slug}/bn.md");

        ProblemAssert.None(parsed.Problems);
        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Assert.Single(parsed.Transcript!.Sections).Blocks));
        Assert.Equal("মোস্তাক এলেন। তিনি বললেন।", paragraph.Text.PlainText);
        Assert.Equal("ম\u09CBস্তাক এলেন।", paragraph.Sentences[0].Text.PlainText);
    }

    [Fact]
    public void Parse_DecomposedFrontMatter_IsComposed()
    {
        var text = Samples.WithBody("bn", "এক।\n").Replace("title: \"", "title: \"ম\u09C7\u09BE ", StringComparison.Ordinal);

        var parsed = Samples.Parse(text, $"{Samples.Slug}/bn.md");

        ProblemAssert.None(parsed.Problems);
        Assert.StartsWith("ম\u09CB ", parsed.Transcript!.Metadata.Title, StringComparison.Ordinal);
    }
}
