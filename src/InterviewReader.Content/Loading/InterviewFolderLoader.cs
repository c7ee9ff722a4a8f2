using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;
using InterviewReader.Content.Parsing;
using InterviewReader.Content.Problems;

namespace InterviewReader.Content.Loading;

/// <summary>Loads one interview folder: one <c>{language}.md</c> file per language.</summary>
public static class InterviewFolderLoader
{
    /// <summary>Files larger than this are refused rather than read.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>Loads the folder; never throws on bad content or unreadable files.</summary>
    /// <param name="root">The content root.</param>
    /// <param name="folder">The interview folder, inside <paramref name="root"/>.</param>
    public static InterviewLoadResult Load(string root, string folder)
    {
        var slug = Path.GetFileName(folder);
        var problems = new List<ContentProblem>();
        var relativeFolder = ContentPaths.Relative(root, folder);
        if (!SectionIds.IsValid(slug))
        {
            problems.Add(new(ProblemSeverity.Error, relativeFolder, 0, $"folder name '{slug}' cannot be a URL: use lowercase Latin letters, digits and hyphens"));
        }

        var link = new DirectoryInfo(folder).LinkTarget is null ? null : new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true);
        if (link is not null && !ContentPaths.IsInside(root, link.FullName))
        {
            problems.Add(new(ProblemSeverity.Error, relativeFolder, 0, "the folder is a link to somewhere outside the content root: copy the interview in instead"));
            return new InterviewLoadResult(slug, null, problems);
        }

        var transcripts = new List<Transcript>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var parsed = ReadFile(root, file);
            problems.AddRange(parsed.Problems);
            if (parsed.Transcript is not { } transcript)
            {
                continue;
            }

            var stem = Path.GetFileNameWithoutExtension(file);
            var duplicate = transcripts.Find(t => t.Language == transcript.Language);
            if (stem != transcript.Language.Code)
            {
                problems.Add(new(ProblemSeverity.Error, parsed.Path, 1, $"the file is named '{stem}.md' but its language is '{transcript.Language.Code}': name it '{transcript.Language.Code}.md'"));
            }
            else if (duplicate is not null)
            {
                problems.Add(new(ProblemSeverity.Error, parsed.Path, 1, $"language '{stem}' is already given by {duplicate.SourcePath}: keep one file per language"));
            }
            else
            {
                transcripts.Add(transcript);
            }
        }

        if (transcripts.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(ProblemSeverity.Warning, relativeFolder, 0, "the folder has no transcript: add a file such as hi.md or bn.md"));
        }

        if (problems.Exists(p => p.Severity == ProblemSeverity.Error) || transcripts.Count == 0)
        {
            return new InterviewLoadResult(slug, null, problems);
        }

        var interview = new Interview(slug, [.. transcripts.OrderBy(t => Languages.OrderOf(t.Language))]);
        var aligned = Aligner.Align(interview, problems);
        return new InterviewLoadResult(slug, aligned, problems);
    }

    private static ParsedFile ReadFile(string root, string file)
    {
        var path = ContentPaths.Relative(root, file);
        try
        {
            var info = new FileInfo(file);
            if (info.LinkTarget is not null && !ContentPaths.IsInside(root, info.ResolveLinkTarget(returnFinalTarget: true)?.FullName))
            {
                return Failed(path, "the file is a link to somewhere outside the content root: copy the file in instead");
            }

            if (info.Length > MaxFileBytes)
            {
                return Failed(path, $"the file is {info.Length / 1024 / 1024} MB, over the {MaxFileBytes / 1024 / 1024} MB limit: split the interview or check the file");
            }

            return TranscriptParser.Parse(path, File.ReadAllBytes(file));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(path, $"the file cannot be read ({ex.GetType().Name}): check that it exists and its permissions");
        }
    }

    private static ParsedFile Failed(string path, string message) =>
        new(path, null, [new ContentProblem(ProblemSeverity.Error, path, 0, message)]);
}
