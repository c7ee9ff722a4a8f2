using System.Diagnostics;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Cli;

/// <summary>The built app run as an editor or operator runs it: exit codes and output of each command line.</summary>
public sealed class CommandLineProcessTests : IDisposable
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);
    private readonly TempContent _content = new();

    [Fact]
    public async Task UnknownCommand_ExitsWithAnErrorAndNeverStartsTheServer()
    {
        var port = AppProcess.FreePort();

        var (code, output) = await RunAsync(RepoPaths.WebProject, "publish", "--urls", $"http://127.0.0.1:{port}");

        Assert.NotEqual(0, code);
        Assert.Contains("Unrecognized command or argument 'publish'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_PrintsUsageAndExitsZero()
    {
        var (code, output) = await RunAsync(RepoPaths.WebProject, "--help");

        Assert.Equal(0, code);
        Assert.Contains("validate", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateRelativeInterviewFolder_IsFoundFromTheShellsFolderAndPasses()
    {
        _content.WriteInterview("first");

        var (code, output) = await RunAsync(_content.Root, "validate", "first");

        Assert.Equal(0, code);
        Assert.Equal($"{Path.Combine(_content.Root, "first")}: 1 interviews ok, 0 errors, 0 warnings", output.Trim());
    }

    [Fact]
    public async Task ValidateEmptyConfiguredRoot_ExitsOneAsReadyzAnswers503()
    {
        var (code, output) = await RunAsync(RepoPaths.WebProject, "validate");

        Assert.Equal(1, code);
        Assert.Contains("error: no interview found", output, StringComparison.Ordinal);
    }

    public void Dispose() => _content.Dispose();

    // Started as `dotnet run --project` starts it: in the project folder, with the shell's folder in PWD.
    private async Task<(int Code, string Output)> RunAsync(string shellFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.WebProject, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(RepoPaths.WebDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Content__Root"] = _content.Root;
        start.Environment["PWD"] = shellFolder;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ExitTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"`{string.Join(' ', args)}` was still running after {ExitTimeout.TotalSeconds} s:\n{await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
