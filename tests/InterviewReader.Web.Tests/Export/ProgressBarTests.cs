using InterviewReader.Web.Export;

namespace InterviewReader.Web.Tests.Export;

public sealed class ProgressBarTests
{
    [Fact]
    public void Report_OnATerminal_RedrawsOneLineAndEndsIt()
    {
        var output = new StringWriter();
        var bar = new ProgressBar(output, enabled: true, total: 4);

        for (var i = 1; i <= 4; i++)
        {
            bar.Report(i);
        }

        bar.Finish();

        var text = output.ToString();
        Assert.Equal(4, text.Count(c => c == '\r'));
        Assert.Contains(" 50% 2/4 files", text, StringComparison.Ordinal);
        Assert.EndsWith("] 100% 4/4 files" + Environment.NewLine, text, StringComparison.Ordinal);
        Assert.Contains("[" + new string('#', 30) + "]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SamePercentTwice_DrawsOnce()
    {
        var output = new StringWriter();
        var bar = new ProgressBar(output, enabled: true, total: 1000);

        bar.Report(1);
        bar.Report(2);

        Assert.Equal(1, output.ToString().Count(c => c == '\r'));
    }

    [Fact]
    public void Report_NotOnATerminal_WritesNothing()
    {
        var output = new StringWriter();
        var bar = new ProgressBar(output, enabled: false, total: 4);

        bar.Report(2);
        bar.Finish();

        Assert.Equal("", output.ToString());
    }
}
