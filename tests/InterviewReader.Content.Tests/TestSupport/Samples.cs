using System.Text;
using InterviewReader.Content.Parsing;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>
/// Small, valid transcripts in Hindi and Bengali (text taken from the real interview), to be
/// broken on purpose by the tests. Each has an intro paragraph, a 'founders-call' section with
/// paragraphs and a takeaway list, optionally a 'centralised-power' section, and a closing quote.
/// </summary>
internal static class Samples
{
    public const string Slug = "emad-mostaque";

    private static readonly TextSet Hindi = new(
        Title: "के साथ साक्षात्कार Emad Mostaque",
        Intro: "Abundance 360 के दर्शकों को अपने ओपन-सोर्स AI विजन से चकाचौंध करने के कुछ ही दिनों बाद, Emad Mostaque ने एक ज़बरदस्त घोषणा की।",
        FoundersHeading: "संस्थापक का बुलावा: CEO के गहरे गड्ढे से बाहर निकलना",
        Paragraphs:
        [
            "कई लोगों के लिए, CEO होना महत्वाकांक्षा का शिखर होता है।",
            "Mostaque को एहसास हुआ कि उनकी ताकत विज़न और रणनीति में थी।",
            "यह निर्णय एक संस्थापक के लिए भावनात्मक रूप से थकाने वाला था।",
        ],
        Label: "मुख्य सीख:",
        Takeaways:
        [
            "संस्थापक बनाम CEO: सभी संस्थापक CEO बने रहने के लिए सबसे उपयुक्त नहीं होते।",
            "घातीय वृद्धि की चुनौतियाँ: अभूतपूर्व गति से निर्माण अनूठी चुनौतियों के साथ आता है।",
            "\"कांच चबाने\" की वास्तविकता: CEO की भूमिका में निरंतर टकराव शामिल होता है।",
        ],
        CentralisedHeading: "केंद्रीकृत शक्ति का खतरा: AI के भविष्य के लिए एक चेतावनी",
        CentralisedParagraph: "Mostaque का पद छोड़ना केवल एक व्यक्तिगत करियर बदलाव नहीं था।",
        Quote: "\"क्या हम तकनीक को नियंत्रित करते हैं\" - Emad Mostaque");

    private static readonly TextSet Bengali = new(
        Title: "সাক্ষাৎকার Emad Mostaque",
        Intro: "Abundance 360 দর্শকদের ওপেন-সোর্স AI নিয়ে তার দূরদর্শী পরিকল্পনা দিয়ে মুগ্ধ করার কয়েকদিনের মধ্যেই ইমাদ মোস্তাক একটি চাঞ্চল্যকর ঘোষণা দিলেন।",
        FoundersHeading: "প্রতিষ্ঠাতার আহ্বান: CEO-এর অতল গহ্বর থেকে সরে আসা",
        Paragraphs:
        [
            "অনেকের কাছে, CEO হওয়া উচ্চাকাঙ্ক্ষার চূড়ান্ত শিখর।",
            "মোস্তাক বুঝতে পেরেছিলেন যে তার শক্তি দূরদর্শিতা এবং কৌশলে নিহিত।",
            "এই সিদ্ধান্ত একজন প্রতিষ্ঠাতার জন্য আবেগগতভাবে ক্লান্তিকর ছিল।",
        ],
        Label: "Key Learnings:",
        Takeaways:
        [
            "প্রতিষ্ঠাতা বনাম CEO: সব প্রতিষ্ঠাতা CEO হিসেবে থাকার জন্য সবচেয়ে উপযুক্ত নন।",
            "দ্রুত বৃদ্ধির চ্যালেঞ্জ: অভূতপূর্ব গতিতে একটি deep tech কোম্পানি তৈরি করার নিজস্ব চ্যালেঞ্জ রয়েছে।",
            "\"কাঁচ চিবানোর\" বাস্তবতা: CEO-এর ভূমিকায় অনিশ্চয়তার সাথে নিরন্তর সংঘাত থাকে।",
        ],
        CentralisedHeading: "কেন্দ্রীভূত ক্ষমতার বিপদ: AI-এর ভবিষ্যতের জন্য একটি জাগরণী বার্তা",
        CentralisedParagraph: "মোস্তাকের প্রস্থান কেবল একটি ব্যক্তিগত ক্যারিয়ারের পরিবর্তন ছিল না।",
        Quote: "\"আমরা কি প্রযুক্তি নিয়ন্ত্রণ করি\" - ইমাদ মোস্তাক");

    /// <summary>Valid front matter for the language, ending with its closing '---' line and a blank line.</summary>
    public static string FrontMatter(string language) =>
        $"---\ntitle: \"{Texts(language).Title}\"\ninterviewer: Peter H. Diamandis\ndate: 2024-03-29\nlanguage: {language}\n---\n\n";

    /// <summary>A file of valid front matter followed by the given Markdown body.</summary>
    public static string WithBody(string language, string body) => FrontMatter(language) + body;

    /// <summary>A complete, valid transcript.</summary>
    /// <param name="language">hi or bn.</param>
    /// <param name="paragraphs">How many paragraphs 'founders-call' has (at most 3).</param>
    /// <param name="takeaways">How many takeaways 'founders-call' has (at most 3).</param>
    /// <param name="centralisedPower">Whether the 'centralised-power' section is there.</param>
    public static string Transcript(string language, int paragraphs = 2, int takeaways = 3, bool centralisedPower = true)
    {
        var t = Texts(language);
        var b = new StringBuilder(FrontMatter(language));
        b.Append(t.Intro).Append("\n\n");
        b.Append("## ").Append(t.FoundersHeading).Append(" {#founders-call}\n\n");
        foreach (var paragraph in t.Paragraphs.Take(paragraphs))
        {
            b.Append(paragraph).Append("\n\n");
        }

        b.Append("::: takeaways\n").Append(t.Label).Append("\n\n");
        foreach (var item in t.Takeaways.Take(takeaways))
        {
            b.Append("- ").Append(item).Append('\n');
        }

        b.Append(":::\n\n");
        if (centralisedPower)
        {
            b.Append("## ").Append(t.CentralisedHeading).Append(" {#centralised-power}\n\n");
            b.Append(t.CentralisedParagraph).Append("\n\n");
        }

        b.Append("> ").Append(t.Quote).Append('\n');
        return b.ToString();
    }

    /// <summary>The sample's paragraphs of 'founders-call', in order.</summary>
    public static IReadOnlyList<string> Paragraphs(string language) => Texts(language).Paragraphs;

    /// <summary>Parses a text as the file <c>emad-mostaque/{language}.md</c>.</summary>
    public static ParsedFile Parse(string text, string path = $"{Slug}/hi.md") =>
        TranscriptParser.Parse(path, Encoding.UTF8.GetBytes(text));

    private static TextSet Texts(string language) => language switch
    {
        "hi" => Hindi,
        "bn" => Bengali,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "samples exist for hi and bn"),
    };

    private sealed record TextSet(
        string Title,
        string Intro,
        string FoundersHeading,
        string[] Paragraphs,
        string Label,
        string[] Takeaways,
        string CentralisedHeading,
        string CentralisedParagraph,
        string Quote);
}
