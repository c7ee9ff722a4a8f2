using InterviewReader.Web.Cli;
using InterviewReader.Web.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace InterviewReader.Web.Tests.Cli;

public sealed class AlignCommandTests
{
    private static readonly IConfiguration NoConfiguration = new ConfigurationBuilder().Build();

    [Fact]
    public void Run_BundledContent_PrintsEveryBeadWithConfidenceAndFirstWordsAtFileAndLine()
    {
        var output = new StringWriter();

        var code = AlignCommand.Run([RepoPaths.FixtureContent], NoConfiguration, RepoPaths.Root, RepoPaths.Root, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, code);
        Assert.StartsWith("emad-mostaque: 41 beads in ", lines[0], StringComparison.Ordinal);
        var bead = Array.FindIndex(lines, l => l.TrimStart().StartsWith("intro-p1-s1 ", StringComparison.Ordinal));
        Assert.Matches(@"^\s+intro-p1-s1  1-1  [01]\.\d\d", lines[bead]);
        Assert.Matches(@"emad-mostaque/hi\.md:10: Abundance 360 के दर्शकों को अपने …$", lines[bead + 1]);
        Assert.Matches(@"emad-mostaque/bn\.md:10: Abundance 360 দর্শকদের ওপেন-সোর্স AI নিয়ে …$", lines[bead + 2]);
        Assert.Equal(41, lines.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s+\S+-s\d+  \d+-\d+  ")));
    }

    [Fact]
    public void Run_DroppedBengaliSentence_ShowsItsHindiSentenceWithoutATranslation()
    {
        using var content = new TempContent().CopyBundled();
        var bn = Path.Combine(content.Root, "emad-mostaque", "bn.md");
        File.WriteAllText(bn, File.ReadAllText(bn).Replace(" তবে, এই উল্কার মতো উত্থান তীব্র চাপও এনেছিল, বৈশ্বিক নেতাদের সাথে নীতিগত আলোচনা থেকে শুরু করে দ্রুত বৃদ্ধির অবিরাম চাহিদা পর্যন্ত।", "", StringComparison.Ordinal));
        var output = new StringWriter();

        var code = AlignCommand.Run([content.Root], NoConfiguration, RepoPaths.Root, RepoPaths.Root, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, code);
        Assert.StartsWith("emad-mostaque: 41 beads in 22 rows, 0 doubtful, 1 without a translation", lines[0], StringComparison.Ordinal);
        var dropped = Array.FindIndex(lines, l => l.TrimStart().StartsWith("founders-call-p1-s4 ", StringComparison.Ordinal));
        Assert.Matches(@"^\s+founders-call-p1-s4  1-0  ", lines[dropped]);
        Assert.Contains("hi.md:14: फिर भी, इस तीव्र वृद्धि ने …", lines[dropped + 1], StringComparison.Ordinal);
        Assert.Contains("bn.md: (no sentence", lines[dropped + 2], StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingFolder_ExitsOne()
    {
        var output = new StringWriter();

        var code = AlignCommand.Run(["no-such-folder"], NoConfiguration, RepoPaths.Root, RepoPaths.Root, output);

        Assert.Equal(1, code);
        Assert.Contains("there is no folder", output.ToString(), StringComparison.Ordinal);
    }
}
