using System.Text.RegularExpressions;
using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;

namespace InterviewReader.Content.Alignment;

/// <summary>
/// Finds text that was lost on its way into a file: letters turned into <c>?</c> or U+FFFD (a file
/// saved in an encoding that cannot hold its script), or a block with no letter of its
/// language's script where its counterpart in another language has many (a Hindi body pasted
/// into <c>bn.md</c>, a block of <c>?</c>). Checked per row of the aligned interview, so each
/// block is weighed against its counterparts. Names in Latin letters, an English word, a
/// subtitle left in English in every language, and takeaway labels ("Key Learnings:") are fine.
/// </summary>
internal static partial class LostTextFinder
{
    /// <summary>How many letters of its script a counterpart needs before a block with none is suspect.</summary>
    public const int ManyLetters = 10;

    /// <summary>Three or more '?' in a row, or '?' words side by side ("??? ????"): letters replaced one for one.</summary>
    [GeneratedRegex(@"\?{3,}|\?{2,}\s+\?{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionMarkRun();

    /// <summary>Every error found in the interview, at the file and line of the block.</summary>
    public static IEnumerable<ContentProblem> Find(AlignedInterview aligned)
    {
        var transcripts = aligned.Interview.Transcripts;
        var problems = new List<ContentProblem>();
        void Row(string what, Func<int, (int Line, string Text)?> cell, bool checkScript = true) =>
            Blocks(what, i => cell(i) is { } one ? [one] : [], checkScript);

        // A row whose cells may hold several blocks: each block is checked, against the whole of
        // each counterpart cell (its blocks' text together, at its first block's line).
        void Blocks(string what, Func<int, IReadOnlyList<(int Line, string Text)>> cell, bool checkScript = true)
        {
            var cells = Enumerable.Range(0, transcripts.Length).Select(cell).ToArray();
            (int Line, string Text)?[] whole = [.. cells.Select(c => c.Count == 0 ? ((int, string)?)null : (c[0].Line, string.Join("\n", c.Select(b => b.Text))))];
            for (var i = 0; i < cells.Length; i++)
            {
                foreach (var own in cells[i])
                {
                    if (Problem(i, own.Text, checkScript ? whole : []) is { } message)
                    {
                        problems.Add(new(ProblemSeverity.Error, transcripts[i].SourcePath, own.Line, $"this {what} {message}"));
                    }
                }
            }
        }

        string? Problem(int i, string text, (int Line, string Text)?[] row)
        {
            var language = transcripts[i].Language;
            if (text.Contains('\uFFFD', StringComparison.Ordinal))
            {
                return $"has the replacement character '\uFFFD' where a letter was lost: the file was decoded with the wrong encoding once; restore the {language.EnglishName} text from the original and save it as UTF-8";
            }

            if (text.Contains('?', StringComparison.Ordinal) && QuestionMarkRun().Match(text) is { Success: true } run)
            {
                return $"has '{run.Value}' where letters should be: the file was probably saved in an encoding that cannot hold {language.Script}; restore the text from the original and save it as UTF-8";
            }

            if (language.IsWrittenIn(text))
            {
                return null;
            }

            for (var j = 0; j < row.Length; j++)
            {
                if (j != i && row[j] is { } other && transcripts[j].Language.LettersIn(other.Text) >= ManyLetters)
                {
                    return $"has no {language.Script} letter, but its counterpart in {transcripts[j].SourcePath}:{other.Line} is written in {transcripts[j].Language.Script}: the {language.EnglishName} text is missing or in another language; write it in {language.EnglishName}";
                }
            }

            return null;
        }

        Row("title", i => (transcripts[i].Metadata.TitleLine, transcripts[i].Metadata.Title));
        foreach (var section in aligned.Sections)
        {
            Row("heading", i => section.Cells[i] is { Heading: { } heading } s ? (s.Line, heading.PlainText) : null);
            foreach (var block in section.Blocks)
            {
                switch (block)
                {
                    case AlignedRow<ParagraphBlock> paragraphs:
                        Blocks("paragraph", i => [.. paragraphs.Cells[i].Select(p => (p.Line, p.Text.PlainText))]);
                        break;
                    case AlignedRow<QuoteBlock> quotes:
                        Row("quote", i => quotes.First(i) is { } q ? (q.Line, q.Text.PlainText + q.Separator + q.Attribution?.PlainText) : null);
                        break;
                    case AlignedTakeaways takeaways:
                        // A label may stay in English ("Key Learnings:") where its counterpart is translated.
                        Row("takeaway label", i => takeaways.Lists[i] is { } l ? (l.Line, l.Label.PlainText) : null, checkScript: false);
                        foreach (var item in takeaways.Items)
                        {
                            Row("takeaway", i => item.First(i) is { } t ? (t.Line, t.Term.PlainText + t.Separator + t.Explanation.PlainText) : null);
                        }

                        break;
                }
            }
        }

        return problems;
    }
}
