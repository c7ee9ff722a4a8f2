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
    /// <param name="output">Where to print.</param>
    public static int Run(string[] args, IConfiguration configuration, string appContentRoot, TextWriter output)
    {
        var configured = (configuration.GetSection(ContentOptions.Section).Get<ContentOptions>() ?? new ContentOptions()).Root;
        var root = args.Length > 0 ? Path.GetFullPath(args[0]) : ContentRootResolver.Resolve(configured, appContentRoot);
        var snapshot = ContentLibrary.Load(root);
        foreach (var problem in snapshot.Problems)
        {
            output.WriteLine(problem with { File = Display(Path.Combine(root, problem.File)) });
        }

        var errors = snapshot.Problems.Count(p => p.Severity == ProblemSeverity.Error);
        var warnings = snapshot.Problems.Length - errors;
        output.WriteLine($"{root}: {snapshot.Interviews.Length} interviews ok, {errors} errors, {warnings} warnings");
        return errors > 0 ? 1 : 0;
    }

    // Relative to the working folder when inside it (editors and terminals open those), else absolute.
    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative;
    }
}
