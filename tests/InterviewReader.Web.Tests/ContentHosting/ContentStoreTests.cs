using InterviewReader.Content.Loading;
using InterviewReader.Content.Model;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Tests.Support;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.Tests.ContentHosting;

public sealed class ContentStoreTests : IDisposable
{
    private readonly TempContent _content = new TempContent().CopyBundled();

    private string HiFile => Path.Combine(_content.Root, "emad-mostaque", "hi.md");

    [Fact]
    public void Poll_ChangeSeenOnce_WaitsForItToSettle()
    {
        var store = NewStore();
        var before = store.Current;
        var full = File.ReadAllText(HiFile);

        File.WriteAllText(HiFile, full[..full.IndexOf("## केंद्रीकृत", StringComparison.Ordinal)]);
        Assert.False(store.Poll());
        File.WriteAllText(HiFile, full + "\nअंत।\n");
        Assert.False(store.Poll());

        Assert.Same(before, store.Current);
        Assert.True(store.Poll());
        Assert.NotSame(before, store.Current);
        var blocks = store.Current.Find("emad-mostaque")!.Interview.In("hi")!.Sections.SelectMany(s => s.Blocks);
        Assert.Contains(blocks, b => b is ParagraphBlock { Text.PlainText: "अंत।" });
    }

    [Fact]
    public void Poll_ChangeSeenTwiceWithinTheSettleTime_IsNotLoadedYet()
    {
        var store = new ContentStore(
            Options.Create(new ContentOptions { Root = _content.Root, SettleMilliseconds = 60_000 }),
            new HostingEnvironment { ContentRootPath = _content.Root },
            NullLogger<ContentStore>.Instance);
        var before = store.Current;

        Directory.Delete(Path.GetDirectoryName(HiFile)!, recursive: true);

        Assert.False(store.Poll());
        Assert.False(store.Poll());
        Assert.Same(before, store.Current);
    }

    [Fact]
    public void Poll_FailingReload_KeepsLastGoodVersionAndReportsTheError()
    {
        var store = NewStore();
        var good = store.Current.Find("emad-mostaque");

        File.WriteAllBytes(HiFile, [0xFF, 0xFE, 0x41, 0x00]);
        store.Poll();
        Assert.True(store.Poll());

        Assert.Same(good, store.Current.Find("emad-mostaque"));
        Assert.Contains(store.Current.Problems, p => p.File == "emad-mostaque/hi.md" && p.Message.Contains("UTF-16", StringComparison.Ordinal));
    }

    [Fact]
    public void Poll_FileChangedWhileBeingRead_PublishesNothingUntilTheNewStateSettles()
    {
        var editDuringRead = false;
        var store = new ContentStore(
            Options.Create(new ContentOptions { Root = _content.Root, SettleMilliseconds = 0 }),
            new HostingEnvironment { ContentRootPath = _content.Root },
            NullLogger<ContentStore>.Instance,
            (root, folder) =>
            {
                var result = InterviewFolderLoader.Load(root, folder);
                if (editDuringRead)
                {
                    // An editor saves again after the loader has read the files: what was read is
                    // already out of date, and with two languages it could be half old, half new.
                    editDuringRead = false;
                    File.AppendAllText(HiFile, "\nदूसरा संस्करण।\n");
                }

                return result;
            });
        var before = store.Current;

        File.AppendAllText(HiFile, "\nपहला संस्करण।\n");
        Assert.False(store.Poll());
        editDuringRead = true;
        Assert.False(store.Poll());
        Assert.Same(before, store.Current);

        Assert.True(store.Poll());
        var text = string.Join("\n", store.Current.Find("emad-mostaque")!.Interview.In("hi")!.Sections
            .SelectMany(s => s.Blocks).OfType<ParagraphBlock>().Select(p => p.Text.PlainText));
        Assert.Contains("पहला संस्करण।", text, StringComparison.Ordinal);
        Assert.Contains("दूसरा संस्करण।", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Poll_NothingChanged_KeepsTheSameSnapshotAndVersion()
    {
        var store = NewStore();
        var (snapshot, version) = (store.Current, store.Version);

        Assert.False(store.Poll());
        Assert.False(store.Poll());

        Assert.Same(snapshot, store.Current);
        Assert.Equal(version, store.Version);
    }

    [Fact]
    public void Poll_AddedFolderAndBrokenFile_AreLoggedAtTheirLevels()
    {
        // Thread-safe: the store also logs from the background (the start-up search index).
        var log = new ListLogger<ContentStore>();
        var store = new ContentStore(
            Options.Create(new ContentOptions { Root = _content.Root, SettleMilliseconds = 0 }),
            new HostingEnvironment { ContentRootPath = _content.Root },
            log);
        Assert.DoesNotContain(log.Entries, e => e.Message.Contains("added", StringComparison.Ordinal));

        var copy = Path.Combine(_content.Root, "second");
        Directory.CreateDirectory(copy);
        File.Copy(HiFile, Path.Combine(copy, "hi.md"));
        File.WriteAllBytes(HiFile, [0xFF, 0xFE, 0x41, 0x00]);
        store.Poll();
        Assert.True(store.Poll());

        Assert.Contains((LogLevel.Information, "Interview second added"), log.Entries);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Error && e.Message.StartsWith("Content problem emad-mostaque/hi.md:", StringComparison.Ordinal));
        Assert.Contains((LogLevel.Error, "Interview emad-mostaque failed to reload: still serving its last good version"), log.Entries);
    }

    public void Dispose() => _content.Dispose();

    private ContentStore NewStore() => new(
        Options.Create(new ContentOptions { Root = _content.Root, SettleMilliseconds = 0 }),
        new HostingEnvironment { ContentRootPath = _content.Root },
        NullLogger<ContentStore>.Instance);
}
