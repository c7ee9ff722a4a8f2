using System.CommandLine;

namespace InterviewReader.Web.Cli;

/// <summary>
/// The app's command line: no command runs the web server with the arguments as host settings;
/// <c>validate [FOLDER...]</c> checks content; <c>export DIR</c> writes the site as static files
/// (<see cref="ExportCommand"/>); <c>--help</c> prints help. A command word the app
/// does not know is an error, and never starts the server.
/// </summary>
public static class AppCommandLine
{
    private const string Description = """
        InterviewReader: reads one interview in two languages side by side.

        With no command it runs the web server. Host settings go after it, e.g.
          --urls http://127.0.0.1:8080   --environment Production   --Content:Root=/path/to/content
        """;

    /// <summary>Parses the arguments and runs what they ask for.</summary>
    /// <param name="args">The process arguments.</param>
    /// <param name="runWebServer">Runs the web server with the (host setting) arguments; returns the exit code.</param>
    /// <param name="validate">Runs <c>validate</c> on the folders given (none: the configured content root), writing to the writer; returns the exit code.</param>
    /// <param name="output">Where help and command output go.</param>
    /// <param name="error">Where command-line errors go.</param>
    /// <param name="align">Runs <c>align</c> on the folders given, as <paramref name="validate"/> does; none: the command is not offered.</param>
    /// <returns>The process exit code: 0 for success and help, 1 for problems found and usage errors.</returns>
    public static int Run(string[] args, Func<string[], int> runWebServer, Func<IReadOnlyList<string>, TextWriter, int> validate, TextWriter output, TextWriter error, Func<IReadOnlyList<string>, TextWriter, int>? align = null)
    {
        var invocation = new InvocationConfiguration
        {
            Output = output,
            Error = error,
            // The app's own handler logs a crash, and the test host's HostAbortedException must pass through.
            EnableDefaultExceptionHandler = false,
            // The web server handles SIGTERM itself, draining requests; the parser must not cut it short.
            ProcessTerminationTimeout = null,
        };

        return Build(args, runWebServer, validate, align, invocation, lenient: true).Parse(args, Parsing).Invoke(invocation);
    }

    // Arguments such as @file are host setting values, never response files to expand.
    private static ParserConfiguration Parsing => new() { ResponseFileTokenReplacer = null };

    private static RootCommand Build(string[] args, Func<string[], int> runWebServer, Func<IReadOnlyList<string>, TextWriter, int> validate, Func<IReadOnlyList<string>, TextWriter, int>? align, InvocationConfiguration invocation, bool lenient)
    {
        var folders = new Argument<string[]>("FOLDER")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "A content root (one folder per interview) or one interview folder. Default: the configured Content:Root.",
        };
        // A folder is never an option: "validate --strict" is a mistake, not a folder named "--strict".
        folders.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError($"Unrecognized option '{token.Value}': validate takes folders and --help only.");
            }
        });
        var validateCommand = new Command(ValidateCommand.Name, "Check content the way the site loads it: prints each problem as file:line: severity: message and a summary per folder; exits 1 on any error or when no interview is found.")
        {
            folders,
        };
        validateCommand.SetAction(result => validate(result.GetValue(folders) ?? [], invocation.Output));

        var root = new RootCommand(Description) { validateCommand, ExportCommand.Create(invocation) };
        if (align is not null)
        {
            var alignFolders = new Argument<string[]>("FOLDER") { Arity = ArgumentArity.ZeroOrMore, Description = folders.Description };
            alignFolders.Validators.Add(result =>
            {
                foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
                {
                    result.AddError($"Unrecognized option '{token.Value}': align takes folders and --help only.");
                }
            });
            var alignCommand = new Command(AlignCommand.Name, "Print each row's sentence beads with their confidence and the first words of each language's sentences at file:line, rows with doubtful beads first.")
            {
                alignFolders,
            };
            alignCommand.SetAction(result => align(result.GetValue(alignFolders) ?? [], invocation.Output));
            root.Add(alignCommand);
        }

        root.TreatUnmatchedTokensAsErrors = !lenient;
        root.SetAction(result =>
        {
            // The root takes any host setting; a bare word among them is a command the app does not
            // know. Parsed alone, strictly, it gets the parser's usual error, suggestion and help.
            var word = HostArguments.FirstCommandWord(result.UnmatchedTokens);
            return word is null
                ? runWebServer(args)
                : Build(args, runWebServer, validate, align, invocation, lenient: false).Parse([word], Parsing).Invoke(invocation);
        });
        return root;
    }
}
