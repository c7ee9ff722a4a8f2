using InterviewReader.Web.Cli;
using InterviewReader.Web.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace InterviewReader.Web.Tests.Cli;

/// <summary><c>validate</c> on an interview folder, on several folders and on a root with nothing to serve.</summary>
public sealed class ValidateFoldersTests : IDisposable
{
    private static readonly IConfiguration NoConfiguration = new ConfigurationBuilder().Build();
    private readonly TempContent _content = new();
    private readonly StringWriter _output = new();

    private string[] Lines => _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [Fact]
    public void Run_OneInterviewFolder_ValidatesItAsThatInterview()
    {
        _content.WriteInterview("first");

        var code = Run(Path.Combine(_content.Root, "first"));

        Assert.Equal(0, code);
        Assert.Equal([$"{Path.Combine(_content.Root, "first")}: 1 interviews ok, 0 errors, 0 warnings"], Lines);
    }

    [Fact]
    public void Run_BrokenInterviewFolder_NamesTheFileRelativeToWhereTheCommandWasTyped()
    {
        _content.WriteInterview("first").Write("first/bn.md", GeneratedInterview.Transcript("bn").Replace("{#section-2}", "", StringComparison.Ordinal));

        var code = ValidateCommand.Run(["first"], NoConfiguration, RepoPaths.Root, _content.Root, _output);

        Assert.Equal(1, code);
        Assert.Contains(Lines, l => l.StartsWith("first/bn.md:", StringComparison.Ordinal) && l.Contains(": error: ", StringComparison.Ordinal) && l.Contains("has no ID", StringComparison.Ordinal));
        Assert.Equal($"{Path.Combine(_content.Root, "first")}: 0 interviews ok, 1 errors, 0 warnings", Lines[^1]);
    }

    [Fact]
    public void Run_TwoFolders_ChecksBothAndFailsWhenTheSecondHasAnError()
    {
        _content.WriteInterview("good/first").Write("bad/second/hi.md", "no front matter\n");

        var code = Run(Path.Combine(_content.Root, "good"), Path.Combine(_content.Root, "bad"));

        Assert.Equal(1, code);
        Assert.Contains($"{Path.Combine(_content.Root, "good")}: 1 interviews ok, 0 errors, 0 warnings", Lines);
        Assert.Contains(Lines, l => l.Contains("bad/second/hi.md:1: error:", StringComparison.Ordinal));
        Assert.Equal($"{Path.Combine(_content.Root, "bad")}: 0 interviews ok, 1 errors, 0 warnings", Lines[^1]);
    }

    [Fact]
    public void Run_TwoGoodFolders_ExitsZeroWithOneSummaryEach()
    {
        _content.WriteInterview("a/first").WriteInterview("b/second");

        var code = Run(Path.Combine(_content.Root, "a"), Path.Combine(_content.Root, "b", "second"));

        Assert.Equal(0, code);
        Assert.Equal(
            [
                $"{Path.Combine(_content.Root, "a")}: 1 interviews ok, 0 errors, 0 warnings",
                $"{Path.Combine(_content.Root, "b", "second")}: 1 interviews ok, 0 errors, 0 warnings",
            ],
            Lines);
    }

    [Fact]
    public void Run_EmptyContentRoot_FailsWithAClearMessage()
    {
        var code = Run(_content.Root);

        Assert.Equal(1, code);
        Assert.Contains(Lines, l => l.Contains("error: no interview found", StringComparison.Ordinal));
        Assert.Equal($"{_content.Root}: 0 interviews ok, 1 errors, 0 warnings", Lines[^1]);
    }

    [Fact]
    public void Run_RootWithOnlyAnEmptyFolder_FailsToo()
    {
        Directory.CreateDirectory(Path.Combine(_content.Root, "empty"));

        var code = Run(_content.Root);

        Assert.Equal(1, code);
        Assert.Contains(Lines, l => l.Contains("error: no interview found", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_RootWithAStrayTranscript_IsStillARootWithItsWarning()
    {
        _content.WriteInterview("first").Write("hi.md", GeneratedInterview.Transcript("hi"));

        var code = Run(_content.Root);

        Assert.Equal(0, code);
        Assert.Contains(Lines, l => l.Contains("a transcript directly in the content root is ignored", StringComparison.Ordinal));
        Assert.Equal($"{_content.Root}: 1 interviews ok, 0 errors, 1 warnings", Lines[^1]);
    }

    public void Dispose() => _content.Dispose();

    private int Run(params string[] folders) => ValidateCommand.Run(folders, NoConfiguration, RepoPaths.Root, RepoPaths.Root, _output);
}
