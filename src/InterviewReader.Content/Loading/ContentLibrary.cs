using InterviewReader.Content.Problems;

namespace InterviewReader.Content.Loading;

/// <summary>Loads every interview under a content root: one folder per interview.</summary>
public static class ContentLibrary
{
    /// <summary>Loads the root. A broken folder is reported and skipped; the others still load.</summary>
    public static ContentSnapshot Load(string root) => Combine(root, LoadFolders(root));

    /// <summary>Loads each interview folder under the root separately.</summary>
    public static IReadOnlyList<InterviewLoadResult> LoadFolders(string root) =>
        [.. InterviewFolders(root).Select(folder => InterviewFolderLoader.Load(root, folder))];

    /// <summary>The interview folders under the root (hidden folders are skipped), in name order.</summary>
    public static IEnumerable<string> InterviewFolders(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateDirectories(root).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal)
            : [];

    /// <summary>Builds a snapshot from per-folder results, adding root-level problems.</summary>
    public static ContentSnapshot Combine(string root, IEnumerable<InterviewLoadResult> results)
    {
        var list = results.ToList();
        var problems = list.SelectMany(r => r.Problems).ToList();
        if (!Directory.Exists(root))
        {
            problems.Add(new(ProblemSeverity.Error, root, 0, "the content root does not exist: set Content:Root to the folder that holds the interviews"));
        }
        else
        {
            problems.AddRange(Directory.EnumerateFiles(root, "*.md").Where(f => !ContentFiles.IsIgnored(Path.GetFileName(f))).Order(StringComparer.Ordinal).Select(f =>
                new ContentProblem(ProblemSeverity.Warning, ContentPaths.Relative(root, f), 0, "a transcript directly in the content root is ignored: put it in a folder named after the interview")));
        }

        var interviews = list.Where(r => r.Interview is not null).Select(r => r.Interview!)
            .OrderByDescending(i => i.Interview.Transcripts[0].Metadata.Date)
            .ThenBy(i => i.Slug, StringComparer.Ordinal);
        return new ContentSnapshot(
            [.. interviews],
            [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)]);
    }
}
