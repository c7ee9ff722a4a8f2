using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Model;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Tests.Support;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewReader.Web.Tests.ContentHosting;

/// <summary>
/// A file written slowly (in chunks, with pauses longer than the settle time) is never published
/// half-way; a real deletion is, once the folder has been quiet for the shrink settle time.
/// Polled as the reload service polls, every 250 ms, on a clock the test moves.
/// </summary>
public sealed class SlowWriterTests : IDisposable
{
    private const string Slug = "slow";
    private const string LastWords = "अंत में जोड़ा गया अनुच्छेद।";
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);
    private readonly TempContent _content = new TempContent().WriteInterview(Slug, sections: 4, paragraphs: 6);
    private readonly ManualClock _clock = new();
    private readonly ContentStore _store;
    private readonly AlignedInterview _served;

    public SlowWriterTests()
    {
        _store = new ContentStore(
            Options.Create(new ContentOptions { Root = _content.Root, SettleMilliseconds = 200, ShrinkSettleMilliseconds = 2000 }),
            new HostingEnvironment { ContentRootPath = _content.Root },
            NullLogger<ContentStore>.Instance,
            InterviewFolderLoader.Load,
            _clock);
        _served = _store.Current.Find(Slug)!;
    }

    private string HiFile => Path.Combine(_content.Root, Slug, "hi.md");

    [Fact]
    public void FourChunks600MsApart_NothingPublishedUntilTheFileIsWhole()
    {
        var whole = GeneratedInterview.Transcript("hi", sections: 4, paragraphs: 6) + LastWords + "\n";

        for (var chunk = 1; chunk <= 3; chunk++)
        {
            File.WriteAllText(HiFile, whole[..(whole.Length * chunk / 4)]);

            // 600 ms until the next chunk: polls at 0, 250 and 500 ms see this one.
            for (var poll = 0; poll < 3; poll++)
            {
                _store.Poll();
                Assert.Same(_served, _store.Current.Find(Slug));
                _clock.Advance(TimeSpan.FromMilliseconds(200));
            }
        }

        File.WriteAllText(HiFile, whole);
        var waited = PollUntilChanged(TimeSpan.FromSeconds(5));

        Assert.True(waited < TimeSpan.FromMilliseconds(2000), $"the whole file waited {waited.TotalMilliseconds} ms: it lost nothing, so only the short settle applies");
        Assert.Contains(LastWords, Paragraphs(_store.Current.Find(Slug)!, "hi"), StringComparison.Ordinal);
    }

    [Fact]
    public void RealDeletion_PublishedOnceTheFolderHasBeenQuietForTheShrinkSettleTime()
    {
        File.WriteAllText(HiFile, GeneratedInterview.Transcript("hi", sections: 2, paragraphs: 6));

        var waited = PollUntilChanged(TimeSpan.FromSeconds(10));

        Assert.InRange(waited, TimeSpan.FromMilliseconds(2000), TimeSpan.FromMilliseconds(2000) + (2 * PollInterval));
        Assert.Equal(3, _store.Current.Find(Slug)!.Interview.In("hi")!.Sections.Length);
    }

    [Fact]
    public void LanguageFileDeleted_HeldForTheShrinkSettleTimeThenPublished()
    {
        File.Delete(Path.Combine(_content.Root, Slug, "bn.md"));

        var waited = PollUntilChanged(TimeSpan.FromSeconds(10));

        Assert.True(waited >= TimeSpan.FromMilliseconds(2000), $"published after {waited.TotalMilliseconds} ms");
        Assert.Null(_store.Current.Find(Slug)!.Interview.In("bn"));
    }

    [Fact]
    public void OrdinaryEdit_OneParagraphDeleted_PublishedAfterTheShortSettle()
    {
        File.WriteAllText(HiFile, GeneratedInterview.Transcript("hi", sections: 4, paragraphs: 6).Replace("यह परीक्षण के लिए लिखा गया अनुच्छेद है 2.3।\n\n", "", StringComparison.Ordinal));

        var waited = PollUntilChanged(TimeSpan.FromSeconds(10));

        Assert.True(waited < TimeSpan.FromMilliseconds(1000), $"published after {waited.TotalMilliseconds} ms");
        Assert.DoesNotContain("2.3।", Paragraphs(_store.Current.Find(Slug)!, "hi"), StringComparison.Ordinal);
    }

    public void Dispose() => _content.Dispose();

    // Polls every 250 ms (of the test's clock) until the interview served changes; returns the time it took.
    private TimeSpan PollUntilChanged(TimeSpan limit)
    {
        for (var waited = TimeSpan.Zero; waited <= limit; waited += PollInterval)
        {
            _store.Poll();
            if (!ReferenceEquals(_served, _store.Current.Find(Slug)))
            {
                return waited;
            }

            _clock.Advance(PollInterval);
        }

        throw new Xunit.Sdk.XunitException($"nothing was published within {limit.TotalSeconds} s");
    }

    private static string Paragraphs(AlignedInterview interview, string language) =>
        string.Join("\n", interview.Interview.In(language)!.Sections.SelectMany(s => s.Blocks).OfType<ParagraphBlock>().Select(p => p.Text.PlainText));
}
