using InterviewReader.Content.Model;
using InterviewReader.Content.Text;

namespace InterviewReader.Content.Tests.Sentences;

/// <summary>
/// The segmentation rules of issue 9 §1, one table per rule, in both scripts. Expected sentences
/// are written with '|' between them (their text, without the whitespace that follows).
/// </summary>
public sealed class SentenceRuleTests
{
    [Theory]
    [InlineData("वह CEO के पद से हट रहे हैं। इस फैसले ने हलचल मचा दी।", "वह CEO के पद से हट रहे हैं।|इस फैसले ने हलचल मचा दी।")]
    [InlineData("তিনি CEO পদ থেকে সরে দাঁড়াচ্ছেন। এই সিদ্ধান্ত আলোড়ন সৃষ্টি করে।", "তিনি CEO পদ থেকে সরে দাঁড়াচ্ছেন।|এই সিদ্ধান্ত আলোড়ন সৃষ্টি করে।")]
    [InlineData("पहला पद॥ दूसरा पद॥", "पहला पद॥|दूसरा पद॥")]
    [InlineData("कौन करेगा? हम करेंगे!", "कौन करेगा?|हम करेंगे!")]
    [InlineData("কে করবে? আমরা করব!", "কে করবে?|আমরা করব!")]
    [InlineData("Who will govern? We will!", "Who will govern?|We will!")]
    [InlineData("सच में?! हाँ।", "सच में?!|हाँ।")]
    [InlineData("সত্যি?!! হ্যাঁ।", "সত্যি?!!|হ্যাঁ।")]
    [InlineData("क्या?। हाँ।", "क्या?।|हाँ।")]
    [InlineData("एक।दो।", "एक।|दो।")]
    [InlineData("बिना विराम के अंत", "बिना विराम के अंत")]
    [InlineData("अंत में खाली जगह।   ", "अंत में खाली जगह।")]
    public void Split_Terminators_EndSentencesAndRunsStayTogether(string input, string expected) =>
        AssertSplit(input, expected);

    [Theory]
    [InlineData("उपमा से समझाया: \"Elon Musk ने ऐसा बताया था।\" Stability AI को बनाने के बाद।", "उपमा से समझाया: \"Elon Musk ने ऐसा बताया था।\"|Stability AI को बनाने के बाद।")]
    [InlineData("বর্ণনা করেছেন: \"ইলন মাস্ক তুলনা করেছিলেন।\" Stability AI কে তৈরি করে।", "বর্ণনা করেছেন: \"ইলন মাস্ক তুলনা করেছিলেন।\"|Stability AI কে তৈরি করে।")]
    [InlineData("उन्होंने पूछा: “कौन करेगा?” फिर वे चुप रहे।", "उन्होंने पूछा: “कौन करेगा?”|फिर वे चुप रहे।")]
    [InlineData("(यह कोष्ठक में है।) यह बाहर है।", "(यह कोष्ठक में है।)|यह बाहर है।")]
    [InlineData("তিনি বললেন: 'না।' তারপর চলে গেলেন।", "তিনি বললেন: 'না।'|তারপর চলে গেলেন।")]
    [InlineData("শাসন নিয়ে: \"কে পরিচালনা করবে?\" মোস্তাক বিশ্বাস করেন।", "শাসন নিয়ে: \"কে পরিচালনা করবে?\"|মোস্তাক বিশ্বাস করেন।")]
    [InlineData("He said: \"Really?!\") Then left.", "He said: \"Really?!\")|Then left.")]
    public void Split_ClosingQuotesAndBracketsAfterATerminator_StayWithTheSentence(string input, string expected) =>
        AssertSplit(input, expected);

    [Theory]
    [InlineData("This is one. This is two.", "This is one.|This is two.")]
    [InlineData("यह पहला वाक्य है. यह दूसरा है.", "यह पहला वाक्य है.|यह दूसरा है.")]
    [InlineData("এটা প্রথম বাক্য. এটা দ্বিতীয়.", "এটা প্রথম বাক্য.|এটা দ্বিতীয়.")]
    [InlineData("Llama 70B. The next one.", "Llama 70B.|The next one.")]
    [InlineData("It cost 300. Then more.", "It cost 300.|Then more.")]
    public void Split_FullStopInABlockWithoutDanda_EndsASentence(string input, string expected) =>
        AssertSplit(input, expected);

    [Theory]
    [InlineData("Peter H. Diamandis के साथ इंटरव्यू हुआ। फिर बात हुई।", "Peter H. Diamandis के साथ इंटरव्यू हुआ।|फिर बात हुई।")]
    [InlineData("An interview with Peter H. Diamandis. Then more.", "An interview with Peter H. Diamandis.|Then more.")]
    [InlineData("পিটার এইচ. ডায়ামানডিস-এর সাথে সাক্ষাৎকার হল. তারপর আলোচনা.", "পিটার এইচ. ডায়ামানডিস-এর সাথে সাক্ষাৎকার হল.|তারপর আলোচনা.")]
    [InlineData("पीटर एच. डायमंडिस से बात हुई. फिर आगे.", "पीटर एच. डायमंडिस से बात हुई.|फिर आगे.")]
    [InlineData("Dr. Smith met Mr. Jones and Prof. Lee. They talked.", "Dr. Smith met Mr. Jones and Prof. Lee.|They talked.")]
    [InlineData("डॉ. शर्मा आए. वे बोले.", "डॉ. शर्मा आए.|वे बोले.")]
    [InlineData("प्रो. वर्मा और श्रीमती. गुप्ता आईं. फिर.", "प्रो. वर्मा और श्रीमती. गुप्ता आईं.|फिर.")]
    [InlineData("ড. ইউনূস এবং মো. করিম এলেন. তারপর.", "ড. ইউনূস এবং মো. করিম এলেন.|তারপর.")]
    [InlineData("ए. पी. जे. अब्दुल कलाम आए. फिर.", "ए. पी. जे. अब्दुल कलाम आए.|फिर.")]
    [InlineData("Models, e.g. Llama, are open. Yes.", "Models, e.g. Llama, are open.|Yes.")]
    public void Split_FullStopAfterAnInitialOrTitle_DoesNotEnd(string input, string expected) =>
        AssertSplit(input, expected);

    [Theory]
    [InlineData("It grew 3.5 times. Then slowed.", "It grew 3.5 times.|Then slowed.")]
    [InlineData("यह 3.5 गुना बढ़ा. फिर धीमा हुआ.", "यह 3.5 गुना बढ़ा.|फिर धीमा हुआ.")]
    [InlineData("এটি ৩.৫ গুণ বেড়েছে. তারপর থেমেছে.", "এটি ৩.৫ গুণ বেড়েছে.|তারপর থেমেছে.")]
    [InlineData("Llama 70B costs under $10,000. Soon.", "Llama 70B costs under $10,000.|Soon.")]
    [InlineData("Llama 70B जैसे मॉडल $10,000 से कम में। फिर।", "Llama 70B जैसे मॉडल $10,000 से कम में।|फिर।")]
    [InlineData("See example.com for more. Done.", "See example.com for more.|Done.")]
    public void Split_FullStopInsideANumberOrWord_DoesNotEnd(string input, string expected) =>
        AssertSplit(input, expected);

    [Theory]
    [InlineData("Infrastructure... like airports. Roads.", "Infrastructure... like airports.|Roads.")]
    [InlineData("Wait... Then go.", "Wait... Then go.")]
    [InlineData("बुनियादी ढाँचा... जैसे हवाई अड्डे. सड़कें.", "बुनियादी ढाँचा... जैसे हवाई अड्डे.|सड़कें.")]
    [InlineData("ভবিষ্যতের অবকাঠামো... যেমন বিমানবন্দর। রাস্তা।", "ভবিষ্যতের অবকাঠামো... যেমন বিমানবন্দর।|রাস্তা।")]
    [InlineData("Wait.. go. Now.", "Wait.. go.|Now.")]
    public void Split_Ellipsis_DoesNotEnd(string input, string expected) =>
        AssertSplit(input, expected);

    [Theory]
    [InlineData("यह पहला वाक्य है. यह दूसरा है। तीसरा।", "यह पहला वाक्य है. यह दूसरा है।|तीसरा।")]
    [InlineData("এটা প্রথম. এটা দ্বিতীয়। তৃতীয়।", "এটা প্রথম. এটা দ্বিতীয়।|তৃতীয়।")]
    public void Split_FullStopInABlockWithADanda_NeverEnds(string input, string expected) =>
        AssertSplit(input, expected);

    [Theory]
    [InlineData("वह बदलाव नहीं था; यह कदम था: एक, दो – तीन — चार… पाँच।", "वह बदलाव नहीं था; यह कदम था: एक, दो – तीन — चार… पाँच।")]
    [InlineData("এটি পরিবর্তন ছিল না; এটি পদক্ষেপ ছিল: এক, দুই – তিন — চার… পাঁচ।", "এটি পরিবর্তন ছিল না; এটি পদক্ষেপ ছিল: এক, দুই – তিন — চার… পাঁচ।")]
    [InlineData("It was not a change; it was a step: one, two – three — four… five.", "It was not a change; it was a step: one, two – three — four… five.")]
    public void Split_ColonSemicolonCommaDashesAndEllipsisCharacter_NeverEnd(string input, string expected) =>
        AssertSplit(input, expected);

    [Theory]
    [InlineData("সে \"না!\" বলে চলে গেল।", "সে \"না!\" বলে চলে গেল।")]
    [InlineData("वह \"नहीं!\" कहकर चला गया। फिर लौटा।", "वह \"नहीं!\" कहकर चला गया।|फिर लौटा।")]
    [InlineData("उसने “क्यों?” पूछा और चुप रहा।", "उसने “क्यों?” पूछा और चुप रहा।")]
    [InlineData("সে (সত্যিই?) রাজি হল। তারপর।", "সে (সত্যিই?) রাজি হল।|তারপর।")]
    [InlineData("He said \"no!\" and left. Later.", "He said \"no!\" and left.|Later.")]
    [InlineData("\"কে?\" সে জিজ্ঞেস করল।", "\"কে?\"|সে জিজ্ঞেস করল।")]
    public void Split_QuestionOrExclamationInAQuoteOpenedMidClause_DoesNotEnd(string input, string expected) =>
        AssertSplit(input, expected);

    [Fact]
    public void Split_EmptyText_HasNoSentences() =>
        Assert.Empty(SentenceSplitter.Split(new RichText([])));

    [Fact]
    public void Split_Sentences_KeepTheWhitespaceBetweenThemAsTrailing()
    {
        var sentences = SentenceSplitter.Split(RichText.Of("एक।  दो?\tतीन! "));

        Assert.Equal(["  ", "\t", " "], sentences.Select(s => s.Trailing));
        Assert.Equal("एक।  दो?\tतीन! ", string.Concat(sentences.Select(s => s.Text.PlainText + s.Trailing)));
    }

    [Fact]
    public void Split_PunctuationInInlineCode_EndsNothing()
    {
        var text = new RichText([new TextNode("चलाइए "), new CodeNode("a.b(); c! d?"), new TextNode(" और देखिए। फिर।")]);

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(["चलाइए a.b(); c! d? और देखिए।", "फिर।"], sentences.Select(s => s.Text.PlainText));
        Assert.Equal(new CodeNode("a.b(); c! d?"), sentences[0].Text.Nodes[1]);
    }

    private static void AssertSplit(string input, string expected)
    {
        var sentences = SentenceSplitter.Split(RichText.Of(input));

        Assert.Equal(expected.Split('|'), sentences.Select(s => s.Text.PlainText));
        Assert.Equal(input, string.Concat(sentences.Select(s => s.Text.PlainText + s.Trailing)));
    }
}
