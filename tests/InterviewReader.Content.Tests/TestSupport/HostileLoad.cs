using System.Runtime.ExceptionServices;
using InterviewReader.Content.Loading;
using InterviewReader.Content.Model;
using InterviewReader.Content.Text;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>
/// Loads a content root that holds a hostile interview next to a copy of the real one, the way
/// every hostile-corpus test does, and checks what must hold whatever the hostile input: loading
/// returns (no exception, no hang, no stack overflow on a small stack), the real interview loads
/// exactly as from the repository with no problem, and every rich text of every interview that
/// loaded renders as inert HTML.
/// </summary>
internal static class HostileLoad
{
    /// <summary>The folder a test puts its hostile interview in.</summary>
    public const string Folder = "hostile";

    /// <summary>
    /// Smaller than a thread-pool thread's stack (1.5 MB on Linux), where the web app loads
    /// content: recursion that hostile nesting can drive would overflow here first.
    /// </summary>
    private const int StackBytes = 1024 * 1024;

    // A guard against a hang, not a speed target (those are checked on CPU time, see LoadTimed):
    // generous, as test hosts share 2 cores with builds and other test classes.
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(120);

    /// <summary>Copies the real interview in, loads the root and checks the invariants above.</summary>
    public static ContentSnapshot Load(TempContentRoot root) => LoadTimed(root).Snapshot;

    /// <summary>As <see cref="Load"/>, and the CPU time the loading itself took (see <see cref="ThreadCpuTime"/>).</summary>
    public static (ContentSnapshot Snapshot, TimeSpan Cpu) LoadTimed(TempContentRoot root)
    {
        root.CopyRealInterview();
        var (snapshot, cpu) = OnSmallStack(() => ThreadCpuTime.Measure(root.Load));
        SiblingIsUnchanged(snapshot);
        foreach (var interview in snapshot.Interviews)
        {
            Assert.All(ModelRichTexts.Of(interview), text => InertHtmlAssert.IsInert(RichTextHtml.Render(text)));
        }

        return (snapshot, cpu);
    }

    /// <summary>Runs <paramref name="work"/> on a thread with a 1 MB stack and fails if it throws or takes over 120 s.</summary>
    public static T OnSmallStack<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
            },
            StackBytes)
        { IsBackground = true };
        thread.Start();
        Assert.True(thread.Join(TimeLimit), $"loading did not finish in {TimeLimit.TotalSeconds} s");
        failure?.Throw();
        return result;
    }

    private static void SiblingIsUnchanged(ContentSnapshot snapshot)
    {
        Assert.DoesNotContain(snapshot.Problems, p => p.File.StartsWith(RealInterview.Slug, StringComparison.Ordinal));
        var loaded = snapshot.Find(RealInterview.Slug);
        Assert.True(loaded is not null, "the real interview next to the hostile one did not load");
        var expected = RealInterview.Snapshot.Find(RealInterview.Slug)!;
        Assert.Equal(expected.Languages.Select(l => l.Code), loaded.Languages.Select(l => l.Code));
        foreach (var language in expected.Languages)
        {
            Transcript want = expected.Interview.In(language.Code)!, got = loaded.Interview.In(language.Code)!;
            Assert.Equal(TranscriptHtml.Render(want), TranscriptHtml.Render(got));
            Assert.Equal(want.Metadata, got.Metadata);
        }

        Assert.Equal(
            AlignedRows.All(expected).Select(r => (r.Anchor, r.Cells.Count(c => c is not null))),
            AlignedRows.All(loaded).Select(r => (r.Anchor, r.Cells.Count(c => c is not null))));
    }
}
