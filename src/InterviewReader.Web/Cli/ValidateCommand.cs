using InterviewReader.Content.Loading;
using InterviewReader.Content.Problems;
using InterviewReader.Web.ContentHosting;

namespace InterviewReader.Web.Cli;

/// <summary>
/// <c>validate [FOLDER...]</c>: checks each folder the way the site loads it (a content root, or
/// one interview folder), prints each problem as <c>file:line: severity: message</c> and a
/// summary per folder, and exits 1 when any error is found or a folder holds no interview.
/// </summary>
public static class ValidateCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "validate";

    /// <summary>Runs the check and returns the process exit code.</summary>
    /// <param name="folders">The folders given on the command line; none: the configured <c>Content:Root</c>.</param>
    /// <param name="configuration">The app's configuration, for the default <c>Content:Root</c>.</param>
    /// <param name="appContentRoot">The app's content root, to resolve a relative <c>Content:Root</c>.</param>
    /// <param name="invokedFrom">The folder the command was typed in, to resolve a relative folder argument (see <see cref="InvokedFrom"/>).</param>
    /// <param name="output">Where to print.</param>
    public static int Run(IReadOnlyList<string> folders, IConfiguration configuration, string appContentRoot, string invokedFrom, TextWriter output) =>
        ForEachFolder(folders, configuration, appContentRoot, invokedFrom, output, folder => Check(folder, invokedFrom, output)) ? 0 : 1;

    /// <summary>
    /// Runs <paramref name="check"/> on each folder given, resolved from where the command was typed
    /// (none given: the configured <c>Content:Root</c>), and reports a folder that does not exist:
    /// the folder handling every content command shares.
    /// </summary>
    /// <returns>True when every folder exists and every check returned true.</returns>
    public static bool ForEachFolder(IReadOnlyList<string> folders, IConfiguration configuration, string appContentRoot, string invokedFrom, TextWriter output, Func<string, bool> check)
    {
        if (folders.Count == 0)
        {
            var configured = (configuration.GetSection(ContentOptions.Section).Get<ContentOptions>() ?? new ContentOptions()).Root;
            return check(ContentRootResolver.Resolve(configured, appContentRoot));
        }

        var ok = true;
        foreach (var folder in folders)
        {
            var path = Path.GetFullPath(folder, invokedFrom);
            if (!Directory.Exists(path))
            {
                output.WriteLine($"{folder}: error: there is no folder {path}: give the folder that holds the interview folders");
                ok = false;
                continue;
            }

            ok &= check(path);
        }

        return ok;
    }

    /// <summary>
    /// The folder the editor typed the command in. <c>dotnet run --project</c> starts the app in
    /// the project's folder, so there the shell's <c>PWD</c> (inherited, not changed) names the
    /// editor's folder; anywhere else the current folder is the one.
    /// </summary>
    public static string InvokedFrom(string currentDirectory, string appContentRoot, string? pwd) =>
        SameFolder(currentDirectory, appContentRoot) && pwd is not null && Path.IsPathFullyQualified(pwd) && Directory.Exists(pwd)
            ? pwd
            : currentDirectory;

    /// <summary>
    /// True when the folder is one interview rather than a content root: it holds transcripts
    /// (<c>.md</c> files the site reads) and none of its folders does.
    /// </summary>
    public static bool IsInterviewFolder(string folder) =>
        HoldsTranscripts(folder) && !ContentLibrary.InterviewFolders(folder).Any(HoldsTranscripts);

    // Prints the folder's problems and summary; true when it has no error and at least one interview.
    // Also the check export runs before writing anything.
    internal static bool Check(string folder, string invokedFrom, TextWriter output)
    {
        folder = Path.TrimEndingDirectorySeparator(folder);
        var (root, snapshot) = Load(folder);
        foreach (var problem in snapshot.Problems)
        {
            output.WriteLine(problem with { File = Display(Path.Combine(root, problem.File), invokedFrom) });
        }

        var errors = snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = snapshot.Problems.Length - errors;
        if (snapshot.Interviews.IsEmpty && errors == 0)
        {
            // What /readyz answers 503 for: nothing to serve, though no file is wrong.
            output.WriteLine($"{Display(folder, invokedFrom)}: error: no interview found: put each interview in its own folder here, holding one file per language such as hi.md and bn.md");
            errors++;
        }

        output.WriteLine($"{folder}: {snapshot.Interviews.Length} interviews ok, {errors} errors, {warnings} warnings");
        return errors == 0;
    }

    /// <summary>
    /// Loads a folder: a content root as the site loads it; an interview folder as the one
    /// interview it is, inside its parent (so problems are named "slug/hi.md", as on /readyz).
    /// </summary>
    /// <returns>The root the snapshot's file names are relative to, and the snapshot.</returns>
    public static (string Root, ContentSnapshot Snapshot) Load(string folder)
    {
        folder = Path.TrimEndingDirectorySeparator(folder);
        if (!IsInterviewFolder(folder) || Path.GetDirectoryName(folder) is not { } parent)
        {
            return (folder, ContentLibrary.Load(folder));
        }

        var result = InterviewFolderLoader.Load(parent, folder);
        return (parent, new ContentSnapshot(
            result.Interview is null ? [] : [result.Interview],
            [.. result.Problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line)]));
    }

    private static bool HoldsTranscripts(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*.md").Any(f => !ContentFiles.IsIgnored(Path.GetFileName(f)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);

    /// <summary>A path as printed: relative to the editor's folder when inside it (editors and terminals open those), else absolute.</summary>
    public static string Display(string path, string invokedFrom)
    {
        var relative = Path.GetRelativePath(invokedFrom, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }
}
