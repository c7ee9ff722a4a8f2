using System.Globalization;
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

        List<string> files;
        try
        {
            var link = new DirectoryInfo(folder).LinkTarget is null ? null : new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true);
            if (link is not null && !ContentPaths.IsInside(root, link.FullName))
            {
                problems.Add(new(ProblemSeverity.Error, relativeFolder, 0, "the folder is a link to somewhere outside the content root: copy the interview in instead"));
                return new InterviewLoadResult(slug, null, problems);
            }

            files = [.. Directory.EnumerateFiles(folder).Where(f => !ContentFiles.IsIgnored(Path.GetFileName(f))).Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new(ProblemSeverity.Error, relativeFolder, 0, $"the folder cannot be read ({ex.GetType().Name}): check that it exists, its permissions and any link in its path"));
            return new InterviewLoadResult(slug, null, problems);
        }

        var transcripts = new List<Transcript>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (!name.EndsWith(".md", StringComparison.Ordinal))
            {
                WarnIfMisnamed(root, file, problems);
                continue;
            }

            var stem = Path.GetFileNameWithoutExtension(file);
            var parsed = ReadFile(root, file);
            if (UnknownLanguage(stem, parsed) is { } unknown)
            {
                problems.Add(new(ProblemSeverity.Warning, parsed.Path, 0, unknown));
                continue;
            }

            problems.AddRange(parsed.Problems);
            if (parsed.Transcript is not { } transcript)
            {
                continue;
            }

            var code = transcript.Language.Code;
            var duplicate = transcripts.Find(t => t.Language == transcript.Language)?.SourcePath
                ?? (stem != code && files.Contains(Path.Combine(folder, code + ".md")) ? $"{relativeFolder}/{code}.md" : null);
            if (duplicate is not null)
            {
                problems.Add(new(ProblemSeverity.Error, parsed.Path, 1, $"language '{code}' is already given by {duplicate}: keep one file per language"));
            }
            else if (stem != code)
            {
                problems.Add(new(ProblemSeverity.Error, parsed.Path, 1, $"the file is named '{stem}.md' but its language is '{code}': name it '{code}.md'"));
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

        problems.AddRange(MismatchedSectionIds.Find([.. transcripts.OrderBy(t => Languages.OrderOf(t.Language))]));
        if (problems.Exists(p => p.Severity == ProblemSeverity.Error) || transcripts.Count == 0)
        {
            return new InterviewLoadResult(slug, null, problems);
        }

        var interview = new Interview(slug, [.. transcripts.OrderBy(t => Languages.OrderOf(t.Language))]);
        var aligned = Aligner.Align(interview, problems);
        var lost = LostTextFinder.Find(aligned).ToList();
        problems.AddRange(lost);
        return new InterviewLoadResult(slug, lost.Count == 0 ? aligned : null, problems);
    }

    /// <summary>
    /// Why a file is left out when it is for a language the table lacks (<c>en.md</c>, <c>ur.md</c>,
    /// <c>hi-IN.md</c>), or null when it is not: its name is no known code and neither is the
    /// language its front matter names (or, when it names none, its name). Such a file is a
    /// translation the site cannot show yet, not a broken one, so the interview stays up without it
    /// and none of its own problems are reported. A file named for a known language (<c>hi.md</c>)
    /// is always read, and a wrong <c>language:</c> in it stays an error.
    /// </summary>
    private static string? UnknownLanguage(string stem, ParsedFile parsed)
    {
        var language = parsed.DeclaredLanguage ?? stem;
        if (Languages.Find(stem) is not null || Languages.Find(language) is not null)
        {
            return null;
        }

        var source = parsed.DeclaredLanguage is null ? "its name" : "its front matter";
        return $"the file is left out: it is for language '{language}' ({source}), which the language table lacks (it knows {string.Join(", ", Languages.All.Select(l => l.Code))}); the interview is shown without it. To show it, add the language to Languages.cs; if it is one of those languages, name it after its code and say so in 'language:'";
    }

    /// <summary>A transcript saved as <c>hi.MD</c> or <c>hi.markdown</c> would silently go unread: say so.</summary>
    private static void WarnIfMisnamed(string root, string file, List<ContentProblem> problems)
    {
        var extension = Path.GetExtension(file);
        if (extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            problems.Add(new(ProblemSeverity.Warning, ContentPaths.Relative(root, file), 0, $"the file is not read: only files ending in lowercase '.md' are transcripts; rename it '{name}.md'"));
        }
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
                return Failed(path, TooLarge(info.Length));
            }

            // A pipe, socket or device also has length 0: it is reported as empty and never opened,
            // so the loader cannot block on it.
            if (info.Length == 0)
            {
                return TranscriptParser.Parse(path, []);
            }

            // The file may have grown since its length was read: reading stops once past the limit.
            return ReadAtMost(file, MaxFileBytes) is { } bytes
                ? TranscriptParser.Parse(path, bytes)
                : Failed(path, TooLarge(new FileInfo(file).Length));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(path, $"the file cannot be read ({ex.GetType().Name}): check that it exists and its permissions");
        }
    }

    /// <summary>The file's bytes, or null when it has more than <paramref name="limit"/> (only that much is read).</summary>
    private static byte[]? ReadAtMost(string file, long limit)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > limit)
            {
                return null;
            }
        }

        return memory.ToArray();
    }

    private static string TooLarge(long bytes) => string.Create(
        CultureInfo.InvariantCulture,
        $"the file is {bytes:N0} bytes, over the limit of {MaxFileBytes:N0} bytes ({MaxFileBytes / 1024 / 1024} MB): split the interview or check the file");

    private static ParsedFile Failed(string path, string message) =>
        new(path, null, [new ContentProblem(ProblemSeverity.Error, path, 0, message)]);
}
