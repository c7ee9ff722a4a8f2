using InterviewReader.Web.Cli;
using InterviewReader.Web.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace InterviewReader.Web.Tests.Cli;

public sealed class ValidateCommandTests
{
    private static readonly IConfiguration NoConfiguration = new ConfigurationBuilder().Build();

    // The folder that holds the fixture content root, so "content" relative to it is the fixture.
    private static string FixtureParent => Path.GetDirectoryName(RepoPaths.FixtureContent)!;

    [Fact]
    public void Run_BundledContent_PrintsCleanSummaryAndExitsZero()
    {
        var output = new StringWriter();

        var code = ValidateCommand.Run([RepoPaths.FixtureContent], NoConfiguration, RepoPaths.Root, RepoPaths.Root, output);

        Assert.Equal(0, code);
        Assert.EndsWith(": 1 interviews ok, 0 errors, 0 warnings", output.ToString().Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WithoutFolder_UsesConfiguredContentRoot()
    {
        var output = new StringWriter();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Root"] = "content" }).Build();

        var code = ValidateCommand.Run([], configuration, FixtureParent, RepoPaths.Root, output);

        Assert.Equal(0, code);
        Assert.Contains(RepoPaths.FixtureContent, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BrokenCopy_NamesEachProblemByFileAndLineAndExitsOne()
    {
        using var content = new TempContent().CopyBundled();
        var hi = Path.Combine(content.Root, "emad-mostaque", "hi.md");
        File.WriteAllText(hi, File.ReadAllText(hi).Replace("{#democracy}", "", StringComparison.Ordinal));
        content.Write("broken/bn.md", "---\ntitle: x\ninterviewer: y\ndate: 29 March\nlanguage: bn\n---\n\ntext\n");
        var output = new StringWriter();

        var code = ValidateCommand.Run([content.Root], NoConfiguration, RepoPaths.Root, RepoPaths.Root, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, code);
        Assert.Contains(lines, l => l.Contains("emad-mostaque/hi.md:", StringComparison.Ordinal) && l.Contains("has no ID", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("broken/bn.md:4: error:", StringComparison.Ordinal) && l.Contains("'29 March' is not a date", StringComparison.Ordinal));
        Assert.Contains("0 interviews ok, 2 errors", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RelativeFolder_IsTakenFromWhereTheCommandWasTyped()
    {
        var output = new StringWriter();

        var code = ValidateCommand.Run(["content"], NoConfiguration, RepoPaths.Root, FixtureParent, output);

        Assert.Equal(0, code);
        Assert.Equal($"{RepoPaths.FixtureContent}: 1 interviews ok, 0 errors, 0 warnings", output.ToString().Trim());
    }

    [Fact]
    public void Run_FolderThatDoesNotExist_SaysSoAndExitsOne()
    {
        var output = new StringWriter();

        var code = ValidateCommand.Run(["no-such-folder"], NoConfiguration, RepoPaths.Root, RepoPaths.Root, output);

        Assert.Equal(1, code);
        Assert.Equal($"no-such-folder: error: there is no folder {Path.Combine(RepoPaths.Root, "no-such-folder")}: give the folder that holds the interview folders", output.ToString().Trim());
    }

    [Fact]
    public void InvokedFrom_StartedInTheProjectFolderByDotnetRun_IsTheShellsFolder()
    {
        var project = Path.Combine(RepoPaths.Root, "src", "InterviewReader.Web");

        Assert.Equal(RepoPaths.Root, ValidateCommand.InvokedFrom(project, project, RepoPaths.Root));
        Assert.Equal(RepoPaths.FixtureContent, ValidateCommand.InvokedFrom(RepoPaths.FixtureContent, project, RepoPaths.Root));
        Assert.Equal(project, ValidateCommand.InvokedFrom(project, project, null));
        Assert.Equal(project, ValidateCommand.InvokedFrom(project, project, "relative/pwd"));
    }
}
