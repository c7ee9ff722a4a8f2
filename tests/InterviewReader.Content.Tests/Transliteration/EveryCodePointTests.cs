using System.Globalization;
using System.Text;
using InterviewReader.Content.Text.Transliteration;

namespace InterviewReader.Content.Tests.Transliteration;

/// <summary>Every code point of both blocks, alone and after a consonant, in both directions and modes: never an unassigned code point out.</summary>
public sealed class EveryCodePointTests
{
    public static TheoryData<string, TransliterationMode> Directions => new()
    {
        { "bn-deva", TransliterationMode.Display },
        { "bn-deva", TransliterationMode.Reversible },
        { "deva-bn", TransliterationMode.Display },
        { "deva-bn", TransliterationMode.Reversible },
    };

    [Theory]
    [MemberData(nameof(Directions))]
    public void Transliterate_EveryCodePointOfBothBlocks_GivesOnlyAssignedCodePoints(string direction, TransliterationMode mode)
    {
        var transliterator = direction == "bn-deva" ? BengaliDevanagari.BengaliToDevanagari(mode) : BengaliDevanagari.DevanagariToBengali(mode);
        var consonant = direction == "bn-deva" ? "ক" : "क";
        var checkedCount = 0;
        foreach (var block in new[] { 0x0900, 0x0980 })
        {
            for (var cp = block; cp < block + 0x80; cp++)
            {
                var c = ((char)cp).ToString();
                foreach (var input in new[] { c, consonant + c, consonant + c + consonant, c + "\u200D" + consonant })
                {
                    var output = transliterator.TransliterateText(input);
                    foreach (var o in output)
                    {
                        Assert.True(
                            CharUnicodeInfo.GetUnicodeCategory(o) != UnicodeCategory.OtherNotAssigned,
                            $"U+{cp:X4} in \"{input}\" gave unassigned U+{(int)o:X4} in \"{output}\"");
                    }

                    checkedCount++;
                }
            }
        }

        Assert.Equal(256 * 4, checkedCount);
    }

    [Fact]
    public void Transliterate_AssignedBengaliLetter_NeverGivesTheOffsetsUnassignedOrWrongLetters()
    {
        // The raw offset of व, ऑ, ॉ, ऍ, ळ is unassigned in Bengali; of ৎ it is U+094E (wrong).
        var toBengali = BengaliDevanagari.DevanagariToBengali(TransliterationMode.Display);
        var toDevanagari = BengaliDevanagari.BengaliToDevanagari(TransliterationMode.Display);

        Assert.DoesNotContain('\u094E', toDevanagari.TransliterateText("ৎ"));
        foreach (var letter in "वऑॉऍळ")
        {
            var raw = (char)(letter + 0x80);
            Assert.Equal(UnicodeCategory.OtherNotAssigned, CharUnicodeInfo.GetUnicodeCategory(raw));
            Assert.DoesNotContain(raw, toBengali.TransliterateText("क" + letter));
        }
    }

    [Fact]
    public void Transliterate_UnassignedInput_BecomesTheReplacementCharacter()
    {
        Assert.Equal("क\uFFFD", BengaliDevanagari.BengaliToDevanagari(TransliterationMode.Display).TransliterateText("ক\u0984"));
    }

    [Fact]
    public void Transliterate_EveryAssignedLetterPair_GivesNfc()
    {
        foreach (var (from, t) in new[] { (0x0980, BengaliDevanagari.BengaliToDevanagari(TransliterationMode.Display)), (0x0900, BengaliDevanagari.DevanagariToBengali(TransliterationMode.Display)) })
        {
            for (var a = from; a < from + 0x80; a++)
            {
                for (var b = from; b < from + 0x80; b++)
                {
                    var output = t.TransliterateText(new string([(char)a, (char)b]));
                    Assert.True(output.IsNormalized(NormalizationForm.FormC), $"U+{a:X4} U+{b:X4} gave non-NFC {output}");
                }
            }
        }
    }
}
