using InterviewReader.Content.Loading;
using InterviewReader.Content.Problems;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Tests.Support;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.Tests.ContentHosting;

public sealed class ContentStorePublishedTests : IDisposable
{
    private readonly TempContent _content = new TempContent().CopyBundled();

    private string HiFile => Path.Combine(_content.Root, "emad-mostaque", "hi.md");

    [Fact]
    public void Poll_EditThenFailedReload_PublishesEachNewSnapshotOnceAndNothingWhileUnchanged()
    {
        var store = NewStore();
        var published = new List<ContentSnapshot>();
        store.Published += published.Add;

        Assert.False(store.Poll());
        Assert.Empty(published);

        File.AppendAllText(HiFile, "\nअंत।\n");
        PollUntilChanged(store);
        Assert.Same(store.Current, Assert.Single(published));

        File.AppendAllText(HiFile, "<div>raw</div>\n");
        PollUntilChanged(store);
        Assert.Equal(2, published.Count);
        Assert.Same(store.Current, published[1]);
        Assert.Contains(published[1].Problems, p => p.Severity == ProblemSeverity.Error && p.File == "emad-mostaque/hi.md");
        Assert.Same(published[0].Find("emad-mostaque"), published[1].Find("emad-mostaque"));
    }

    [Fact]
    public void Poll_AListenerThrows_TheOthersStillGetTheSnapshot()
    {
        var store = NewStore();
        ContentSnapshot? seen = null;
        store.Published += _ => throw new InvalidOperationException("broken listener");
        store.Published += s => seen = s;

        File.AppendAllText(HiFile, "\nअंत।\n");
        PollUntilChanged(store);

        Assert.Same(store.Current, seen);
    }

    public void Dispose() => _content.Dispose();

    private static void PollUntilChanged(ContentStore store)
    {
        for (var i = 0; i < 10; i++)
        {
            if (store.Poll())
            {
                return;
            }
        }

        Assert.Fail("the store never took the change");
    }

    private ContentStore NewStore() => new(
        Options.Create(new ContentOptions { Root = _content.Root, SettleMilliseconds = 0, ShrinkSettleMilliseconds = 0 }),
        new HostingEnvironment { ContentRootPath = _content.Root },
        NullLogger<ContentStore>.Instance);
}
