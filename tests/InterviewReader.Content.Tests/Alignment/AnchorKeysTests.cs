using InterviewReader.Content.Alignment;

namespace InterviewReader.Content.Tests.Alignment;

public sealed class AnchorKeysTests
{
    [Theory]
    [InlineData("৩০০ মিলিয়ন", "300 मिलियन")]
    [InlineData("३०० मिलियन", "300 million")]
    [InlineData("$10,000", "१०००० डॉलर")]
    public void Of_NumbersInAnyScript_ShareTheirFoldedKey(string a, string b) =>
        Assert.Contains("#" + (a.Contains("10,000", StringComparison.Ordinal) ? "10000" : "300"), AnchorKeys.Of(a).Intersect(AnchorKeys.Of(b)));

    [Fact]
    public void Of_LatinTokens_AreCaseFolded()
    {
        var keys = AnchorKeys.Of("Stability AI के CEO और OpenAI का Llama 70B");

        Assert.Contains("Lai", keys);
        Assert.Contains("Lceo", keys);
        Assert.Contains("Lopenai", keys);
        Assert.Contains("Lllama", keys);
        Assert.Contains("L70b", keys);
        Assert.Contains("#70", keys);
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public void Of_CognatesInBengaliAndDevanagari_ShareTheirKey()
    {
        // নিয়ন্ত্রণ and नियंत्रण differ in their marks; their first consonants are न य … in both.
        Assert.Equal(AnchorKeys.Of("नियंत्रण"), AnchorKeys.Of("নিয়ন্ত্রণ"));
        Assert.NotEmpty(AnchorKeys.Of("সরকার").Intersect(AnchorKeys.Of("सरकार")));
        Assert.NotEmpty(AnchorKeys.Of("বিকেন্দ্রীভূত").Intersect(AnchorKeys.Of("विकेंद्रीकृत")));
    }

    [Fact]
    public void Of_ShortWords_HaveNoCognateKey() =>
        Assert.DoesNotContain(AnchorKeys.Of("है का की"), k => k.StartsWith('C'));

    [Fact]
    public void Of_QuotedSpans_AreCountedInOrder()
    {
        var keys = AnchorKeys.Of("उन्होंने \"हाँ\" कहा और “नहीं” भी");

        Assert.Contains("\"1", keys);
        Assert.Contains("\"2", keys);
        Assert.DoesNotContain("\"3", keys);
    }

    [Fact]
    public void Coverage_TwoToOne_IsTheWeakerPartsShare()
    {
        string[] whole = ["#300", "Lai", "Lceo"];
        string[] strong = ["#300", "Lai"];
        string[] weak = ["Lceo", "Lxyz"];

        Assert.Equal(0.5, AnchorKeys.Coverage([AnchorKeys.Hashes(strong), AnchorKeys.Hashes(weak)], [AnchorKeys.Hashes(whole)]));
        Assert.Equal(1.0, AnchorKeys.Coverage([AnchorKeys.Hashes(strong)], [AnchorKeys.Hashes(strong)]));
        Assert.Null(AnchorKeys.Coverage([[]], [[]]));
    }

    [Fact]
    public void Hashes_SameKeysInAnyOrder_SameSortedDistinctHashes()
    {
        Assert.Equal(AnchorKeys.Hashes(["Lai", "#300", "Lai"]), AnchorKeys.Hashes(["#300", "Lai"]));
        Assert.Equal(2, AnchorKeys.Hashes(["Lai", "#300", "Lai"]).Length);
        Assert.NotEqual(AnchorKeys.Hashes(["Lai"]), AnchorKeys.Hashes(["Lab"]));
    }
}
