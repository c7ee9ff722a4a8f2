using System.Text;

namespace InterviewReader.Tests.Shared;

/// <summary>
/// A small interview file written in code, for tests that must not depend on the repository's
/// content: front matter, an intro paragraph, titled sections (each with a paragraph and a takeaway
/// list) and a closing quote, all in the language's own script.
/// </summary>
internal static class InterviewText
{
    /// <summary>The words used for each language: title, a word, a heading prefix, the takeaway label.</summary>
    private static readonly Dictionary<string, (string Title, string Word, string Heading, string Label)> Words = new(StringComparer.Ordinal)
    {
        ["hi"] = ("परीक्षण साक्षात्कार", "शब्द", "खंड", "मुख्य सीख:"),
        ["bn"] = ("পরীক্ষার সাক্ষাৎকার", "শব্দ", "অংশ", "মূল শিক্ষা:"),
    };

    /// <summary>The heading of a section in a language, as <see cref="Transcript"/> writes it.</summary>
    public static string Heading(string language, string sectionId) => $"{Words[language].Heading} {sectionId}";

    /// <summary>The title of the interview in a language.</summary>
    public static string Title(string language) => Words[language].Title;

    /// <summary>Writes an interview folder under <paramref name="root"/>: one transcript per language, each with its sections.</summary>
    public static void WriteInterview(string root, string slug, params (string Language, string[] Sections)[] transcripts)
    {
        Directory.CreateDirectory(Path.Combine(root, slug));
        foreach (var (language, sections) in transcripts)
        {
            File.WriteAllText(Path.Combine(root, slug, language + ".md"), Transcript(language, sections), new UTF8Encoding(false));
        }
    }

    /// <summary>A transcript in <paramref name="language"/> with the given titled sections, in order.</summary>
    public static string Transcript(string language, params string[] sectionIds)
    {
        var (title, word, _, label) = Words[language];
        var text = new StringBuilder();
        text.Append(CultureInvariant($"---\ntitle: \"{title}\"\ninterviewer: Test Interviewer\ndate: 2024-03-29\nlanguage: {language}\n---\n\n"));
        text.Append(CultureInvariant($"{Sentence(word, "intro")}\n\n"));
        foreach (var id in sectionIds)
        {
            text.Append(CultureInvariant($"## {Heading(language, id)} {{#{id}}}\n\n{Sentence(word, id)}\n\n"));
            text.Append(CultureInvariant($"::: takeaways\n{label}\n\n- {word} 1: {Sentence(word, id + " t1")}\n- {word} 2: {Sentence(word, id + " t2")}\n:::\n\n"));
        }

        text.Append(CultureInvariant($"> \"{Sentence(word, "closing")}\" - Test Interviewer\n"));
        return text.ToString();
    }

    private static string Sentence(string word, string what) => $"{word} {word} {word} {what} {word} {word}।";

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
