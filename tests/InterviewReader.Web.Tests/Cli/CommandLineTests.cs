using InterviewReader.Web.Cli;

namespace InterviewReader.Web.Tests.Cli;

/// <summary>What each command line runs: the web server, validate, help or an error, without starting anything real.</summary>
public sealed class CommandLineTests
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private string[]? _serverArgs;
    private IReadOnlyList<string>? _validated;
    private IReadOnlyList<string>? _aligned;

    [Theory]
    [InlineData("")]
    [InlineData("--urls http://127.0.0.1:8080")]
    [InlineData("--Content:Root=/x")]
    [InlineData("--environment Production")]
    [InlineData("--urls http://127.0.0.1:8080 --Content:Root /srv/content Logging:LogLevel:Default=Warning")]
    [InlineData("--environment=Development --contentRoot=/app --applicationName=InterviewReader.Web")]
    public void Run_NoCommand_StartsTheWebServerWithTheArgumentsAsGiven(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var code = Run(args);

        Assert.Equal(0, code);
        Assert.Equal(args, _serverArgs);
        Assert.Null(_validated);
        Assert.Equal("", _error.ToString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Run_Help_PrintsHelpAndExitsZeroWithoutStartingAnything(string flag)
    {
        var code = Run([flag]);

        Assert.Equal(0, code);
        Assert.Null(_serverArgs);
        Assert.Null(_validated);
        Assert.Contains("Usage:", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("validate", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("--urls", _output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("valdate")]
    [InlineData("--urls", "http://127.0.0.1:8080", "publish")]
    public void Run_UnknownCommand_IsAnErrorWithHelpAndNeverStartsTheServer(params string[] args)
    {
        var code = Run(args);

        Assert.NotEqual(0, code);
        Assert.Null(_serverArgs);
        Assert.Null(_validated);
        Assert.Contains($"'{args[^1]}'", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage:", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MistypedCommand_SuggestsValidate()
    {
        Run(["valdate"]);

        Assert.Contains("Did you mean", _output.ToString() + _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("validate", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ValidateWithSeveralFolders_ValidatesEachInOrder()
    {
        var code = Run(["validate", "content", "other/content", "one-interview"]);

        Assert.Equal(7, code);
        Assert.Equal(["content", "other/content", "one-interview"], _validated);
        Assert.Null(_serverArgs);
    }

    [Fact]
    public void Run_ValidateWithoutFolder_ValidatesTheConfiguredRoot()
    {
        Run(["validate"]);

        Assert.Equal([], _validated);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Run_ValidateHelp_IsHelpNotAFolder(string flag)
    {
        var code = Run(["validate", flag]);

        Assert.Equal(0, code);
        Assert.Null(_validated);
        Assert.Contains("FOLDER", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ValidateWithUnknownOption_IsAnErrorNotAFolder()
    {
        var code = Run(["validate", "--strict", "content"]);

        Assert.NotEqual(0, code);
        Assert.Null(_validated);
        Assert.Contains("--strict", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AlignWithFolders_AlignsThemAndValidatesNothing()
    {
        var code = Run(["align", "content", "one-interview"]);

        Assert.Equal(5, code);
        Assert.Equal(["content", "one-interview"], _aligned);
        Assert.Null(_validated);
        Assert.Null(_serverArgs);
    }

    [Fact]
    public void Run_AlignWithUnknownOption_IsAnErrorNotAFolder()
    {
        var code = Run(["align", "--strict"]);

        Assert.NotEqual(0, code);
        Assert.Null(_aligned);
        Assert.Contains("--strict", _error.ToString(), StringComparison.Ordinal);
    }

    private int Run(string[] args) => AppCommandLine.Run(
        args,
        serverArgs =>
        {
            _serverArgs = serverArgs;
            return 0;
        },
        (folders, _) =>
        {
            _validated = folders;
            return 7;
        },
        _output,
        _error,
        (folders, _) =>
        {
            _aligned = folders;
            return 5;
        });
}
