using InterviewReader.Content.Loading;
using InterviewReader.Content.Problems;
using InterviewReader.Web.ContentHosting;

namespace InterviewReader.Web.Cli;

/// <summary>
/// <c>validate [dir]</c>: checks a content folder the way the site loads it, prints each problem
/// as <c>file:line: severity: message</c> and a summary, and exits 1 when any error is found.
/// </summary>
public static class ValidateCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "validate";

    /// <summary>True when the arguments ask for this command.</summary>
    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>Runs the check and returns the process exit code.</summary>
    /// <param name="args">The arguments after <c>validate</c>: an optional folder.</param>
    /// <param name="configuration">The app's configuration, for the default <c>Content:Root</c>.</param>
    /// <param name="appContentRoot">The app's content root, to resolve a relative <c>Content:Root</c>.</param>
    /// <param name="invokedFrom">The folder the command was typed in, to resolve a relative folder argument (see <see cref="InvokedFrom"/>).</param>
    /// <param name="output">Where to print.</param>
    public static int Run(string[] args, IConfiguration configuration, string appContentRoot, string invokedFrom, TextWriter output)
    {
        var configured = (configuration.GetSection(ContentOptions.Section).Get<ContentOptions>() ?? new ContentOptions()).Root;
        var root = args.Length > 0 ? Path.GetFullPath(args[0], invokedFrom) : ContentRootResolver.Resolve(configured, appContentRoot);
        if (args.Length > 0 && !Directory.Exists(root))
        {
            output.WriteLine($"{args[0]}: error: there is no folder {root}: give the folder that holds the interview folders");
            return 1;
        }

        var snapshot = ContentLibrary.Load(root);
        foreach (var problem in snapshot.Problems)
        {
            output.WriteLine(problem with { File = Display(Path.Combine(root, problem.File), invokedFrom) });
        }

        var errors = snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = snapshot.Problems.Length - errors;
        output.WriteLine($"{root}: {snapshot.Interviews.Length} interviews ok, {errors} errors, {warnings} warnings");
        return errors > 0 ? 1 : 0;
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

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)), StringComparison.Ordinal);

    // Relative to the editor's folder when inside it (editors and terminals open those), else absolute.
    private static string Display(string path, string invokedFrom)
    {
        var relative = Path.GetRelativePath(invokedFrom, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }
}
