using System.Text;

namespace InterviewReader.Web.Tests.Support;

/// <summary>
/// A small valid interview written in code (not taken from the repository's content): Hindi and
/// Bengali transcripts with the given number of sections, each with the given number of paragraphs.
/// </summary>
internal static class GeneratedInterview
{
    /// <summary>Writes <c>{slug}/hi.md</c> and <c>{slug}/bn.md</c> under the content root.</summary>
    public static TempContent WriteInterview(this TempContent content, string slug, int sections = 2, int paragraphs = 3)
    {
        content.Write($"{slug}/hi.md", Transcript("hi", sections, paragraphs));
        content.Write($"{slug}/bn.md", Transcript("bn", sections, paragraphs));
        return content;
    }

    /// <summary>A valid transcript in Hindi (<c>hi</c>) or Bengali (<c>bn</c>).</summary>
    public static string Transcript(string language, int sections = 2, int paragraphs = 3)
    {
        var (title, heading, sentence) = language switch
        {
            "hi" => ("परीक्षण साक्षात्कार", "खंड", "यह परीक्षण के लिए लिखा गया अनुच्छेद है"),
            "bn" => ("পরীক্ষার সাক্ষাৎকার", "অংশ", "এটি পরীক্ষার জন্য লেখা একটি অনুচ্ছেদ"),
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, "hi or bn"),
        };
        var text = new StringBuilder($"---\ntitle: \"{title}\"\ninterviewer: Peter H. Diamandis\ndate: 2024-03-29\nlanguage: {language}\n---\n\n");
        text.Append(sentence).Append("।\n\n");
        for (var s = 1; s <= sections; s++)
        {
            text.Append($"## {heading} {s} {{#section-{s}}}\n\n");
            for (var p = 1; p <= paragraphs; p++)
            {
                text.Append($"{sentence} {s}.{p}।\n\n");
            }
        }

        return text.ToString();
    }
}
