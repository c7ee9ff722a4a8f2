using System.Globalization;
using InterviewReader.Content.Exchange;
using InterviewReader.Content.Problems;

namespace InterviewReader.Web.Cli;

/// <summary>
/// <c>align [FOLDER...]</c>: for each interview in each folder (found as <c>validate</c> finds
/// them), prints every row's sentence beads with their confidence and the first words of each
/// language's sentences at file:line. Rows with a doubtful bead come first, least confident
/// first; then the others in reading order. Exits 1 when a folder is missing or holds no interview.
/// </summary>
public static class AlignCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "align";

    private const int FirstWords = 6;

    /// <summary>Runs the command and returns the process exit code (arguments as for <see cref="ValidateCommand.Run"/>).</summary>
    public static int Run(IReadOnlyList<string> folders, IConfiguration configuration, string appContentRoot, string invokedFrom, TextWriter output) =>
        ValidateCommand.ForEachFolder(folders, configuration, appContentRoot, invokedFrom, output, folder => Print(folder, invokedFrom, output)) ? 0 : 1;

    private static bool Print(string folder, string invokedFrom, TextWriter output)
    {
        var (root, snapshot) = ValidateCommand.Load(folder);
        foreach (var interview in snapshot.Interviews)
        {
            var beads = BeadTexts.Of(interview).ToList();
            var rows = beads.GroupBy(b => b.RowAnchor).Select((row, order) => (Beads: row.ToList(), Order: order))
                .OrderBy(r => r.Beads.Any(b => b.Bead.IsDoubtful) ? 0 : 1)
                .ThenBy(r => r.Beads.Any(b => b.Bead.IsDoubtful) ? r.Beads.Min(b => b.Bead.Confidence) : 0)
                .ThenBy(r => r.Order)
                .ToList();
            output.WriteLine($"{interview.Slug}: {beads.Count} beads in {rows.Count} rows, {beads.Count(b => b.Bead.IsDoubtful)} doubtful, {beads.Count(b => b.LanguageCount < interview.Languages.Length)} without a translation");
            foreach (var (rowBeads, _) in rows)
            {
                output.WriteLine($"  {rowBeads[0].RowAnchor}");
                foreach (var bead in rowBeads)
                {
                    var shape = string.Join('-', bead.Bead.Sentences.Select(s => s.Length));
                    var flag = bead.Bead.IsDoubtful ? "  doubtful" : "";
                    output.WriteLine($"    {bead.Bead.AnchorId}  {shape}  {bead.Bead.Confidence.ToString("0.00", CultureInfo.InvariantCulture)}{flag}");
                    for (var column = 0; column < interview.Languages.Length; column++)
                    {
                        var file = ValidateCommand.Display(Path.Combine(root, interview.Interview.Transcripts[column].SourcePath), invokedFrom);
                        output.WriteLine(bead.Texts[column].Length == 0
                            ? $"      {file}: (no sentence: no translation here)"
                            : $"      {file}:{bead.Lines[column]}: {Start(bead.Texts[column])}");
                    }
                }
            }
        }

        var errors = snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        if (errors > 0)
        {
            output.WriteLine($"{ValidateCommand.Display(folder, invokedFrom)}: {errors} errors keep some interviews from loading: run validate");
        }

        if (snapshot.Interviews.IsEmpty)
        {
            output.WriteLine($"{ValidateCommand.Display(folder, invokedFrom)}: error: no interview found");
            return false;
        }

        return true;
    }

    private static string Start(string text)
    {
        var words = text.Split((char[]?)null, FirstWords + 1, StringSplitOptions.RemoveEmptyEntries);
        return words.Length > FirstWords ? string.Join(' ', words[..FirstWords]) + " …" : string.Join(' ', words);
    }
}
