using System.Text;

namespace InterviewReader.BrowserTests.Infrastructure;

/// <summary>
/// A made-up interview in Hindi and Bengali, written by the tests (never read from the repository's
/// content folder): three titled sections of paragraphs and takeaways, one paragraph holding a long
/// URL with nothing to break it at, and a closing quote.
/// </summary>
internal static class SampleInterview
{
    /// <summary>The interview's folder name, its address under /interviews/.</summary>
    public const string Slug = "sample-talk";

    /// <summary>The side-by-side view.</summary>
    public const string Both = "/interviews/" + Slug;

    /// <summary>The Hindi view.</summary>
    public const string Hindi = Both + "/hi";

    /// <summary>The Bengali view.</summary>
    public const string Bengali = Both + "/bn";

    /// <summary>The titled sections' ids, in order.</summary>
    public static readonly string[] SectionIds = ["first-part", "second-part", "third-part"];

    /// <summary>A URL far wider than a phone, with no space or hyphen to wrap at.</summary>
    public const string LongUrl = "https://example.org/archive/2024/interviews/transcripts/" +
        "averyveryverylongpathsegmentwithoutanyplacetobreakitatallfortesting?reference=abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>The markdown of one language's file.</summary>
    public static string File(string language) => language switch
    {
        "hi" => Build(Hindi_),
        "bn" => Build(Bengali_),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "hi or bn"),
    };

    /// <summary>Writes hi.md and bn.md into &lt;root&gt;/sample-talk.</summary>
    public static void WriteTo(string root)
    {
        var folder = Path.Combine(root, Slug);
        Directory.CreateDirectory(folder);
        foreach (var language in new[] { "hi", "bn" })
        {
            System.IO.File.WriteAllText(Path.Combine(folder, $"{language}.md"), File(language), new UTF8Encoding(false));
        }
    }

    private sealed record Words(
        string Language, string Title, string Subtitle, string Sentence, string SeeAlso,
        string[] Headings, string Label, string Term, string Explanation, string Quote, string Speaker);

    private static readonly Words Hindi_ = new(
        "hi",
        "एक परीक्षण बातचीत",
        "पढ़ने के अनुभव की जाँच के लिए",
        "यह एक छोटा परीक्षण अनुच्छेद है, जिसमें इतने शब्द हैं कि पंक्ति कई बार टूटे और पाठक आराम से पढ़ सके।",
        "पूरा पाठ यहाँ देखें:",
        ["पहला भाग: शुरुआत की बातें", "दूसरा भाग: बीच की बातें", "तीसरा भाग: अंत की बातें"],
        "मुख्य सीख:",
        "पहली सीख",
        "यह व्याख्या इतनी लंबी है कि एक से अधिक पंक्तियों में फैल जाए और बिंदु पहली पंक्ति पर रहे।",
        "हम जो पढ़ते हैं, वही हम बनते हैं",
        "एक वक्ता");

    private static readonly Words Bengali_ = new(
        "bn",
        "একটি পরীক্ষামূলক আলাপ",
        "পড়ার অভিজ্ঞতা যাচাইয়ের জন্য",
        "এটি একটি ছোট পরীক্ষামূলক অনুচ্ছেদ, যাতে এত শব্দ আছে যে লাইন কয়েকবার ভাঙে এবং পাঠক আরাম করে পড়তে পারেন।",
        "পুরো লেখাটি এখানে দেখুন:",
        ["প্রথম ভাগ: শুরুর কথা", "দ্বিতীয় ভাগ: মাঝের কথা", "তৃতীয় ভাগ: শেষের কথা"],
        "মূল শিক্ষা:",
        "প্রথম শিক্ষা",
        "এই ব্যাখ্যাটি এত দীর্ঘ যে একাধিক লাইনে ছড়িয়ে পড়ে এবং বিন্দুটি প্রথম লাইনে থাকে।",
        "আমরা যা পড়ি, আমরা তা-ই হয়ে উঠি",
        "একজন বক্তা");

    private static string Build(Words w)
    {
        var lines = new List<string>
        {
            "---",
            $"title: \"{w.Title}\"",
            $"subtitle: \"{w.Subtitle}\"",
            "interviewer: Test Interviewer",
            "date: 2024-03-29",
            $"language: {w.Language}",
            "---",
            "",
            Paragraph(w, 2),
        };
        for (var s = 0; s < SectionIds.Length; s++)
        {
            lines.AddRange(
            [
                "",
                $"## {w.Headings[s]} {{#{SectionIds[s]}}}",
                "",
                s == 0 ? $"{w.SeeAlso} {LongUrl} {w.Sentence}" : Paragraph(w, 3),
                "",
                Paragraph(w, 4),
                "",
                Paragraph(w, 2),
                "",
                "::: takeaways",
                w.Label,
                "",
                .. Enumerable.Range(1, 3).Select(i => $"- {w.Term} {i}: {w.Explanation}"),
                ":::",
            ]);
        }

        lines.AddRange(["", $"> \"{w.Quote}\" - {w.Speaker}", ""]);
        return string.Join('\n', lines);
    }

    private static string Paragraph(Words w, int sentences) => string.Join(' ', Enumerable.Repeat(w.Sentence, sentences));
}
