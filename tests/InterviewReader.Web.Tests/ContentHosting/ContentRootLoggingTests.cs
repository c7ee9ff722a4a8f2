using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Tests.Support;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.Tests.ContentHosting;

/// <summary>A content root that cannot be read is an error in the log, naming the folder and why.</summary>
public sealed class ContentRootLoggingTests : IDisposable
{
    private readonly TempContent _content = new();

    [Fact]
    public void Start_MissingRoot_LogsAnErrorWithThePathAndTheReason()
    {
        var missing = Path.Combine(_content.Root, "no-such-content");

        var log = Start(missing);

        var error = Assert.Single(log.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_RootIsAFile_LogsAnErrorSayingSo()
    {
        _content.Write("content.md", "not a folder\n");
        var file = Path.Combine(_content.Root, "content.md");

        var log = Start(file);

        Assert.Contains(log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(file, StringComparison.Ordinal) && e.Message.Contains("a file, not a folder", StringComparison.Ordinal));
    }

    [Fact]
    public void Poll_RootRemovedThenBack_LogsTheErrorOnceAndTheRecovery()
    {
        _content.WriteInterview("first");
        var log = new ListLogger<ContentStore>();
        var store = new ContentStore(Options.Create(new ContentOptions { Root = _content.Root, SettleMilliseconds = 0 }), new HostingEnvironment { ContentRootPath = _content.Root }, log);
        var moved = _content.Root + "-moved";

        Directory.Move(_content.Root, moved);
        store.Poll();
        store.Poll();
        Directory.Move(moved, _content.Root);
        store.Poll();

        Assert.Single(log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("cannot be read", StringComparison.Ordinal));
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("can be read again", StringComparison.Ordinal));
    }

    public void Dispose() => _content.Dispose();

    private static ListLogger<ContentStore> Start(string root)
    {
        var log = new ListLogger<ContentStore>();
        _ = new ContentStore(Options.Create(new ContentOptions { Root = root }), new HostingEnvironment { ContentRootPath = root }, log);
        return log;
    }
}
