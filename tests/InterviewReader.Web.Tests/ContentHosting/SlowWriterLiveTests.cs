using System.Diagnostics;
using System.Text;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewReader.Web.Tests.ContentHosting;

/// <summary>The running app, polling in real time, while an editor's tool writes hi.md in four chunks 600 ms apart.</summary>
public sealed class SlowWriterLiveTests : IDisposable
{
    private const string Slug = "slow";
    private const string LastWords = "अंत में जोड़ा गया अनुच्छेद।";
    private readonly TempContent _content = new TempContent().WriteInterview(Slug, sections: 4, paragraphs: 6);

    [Fact]
    public async Task FourChunks600MsApart_OnlyTheOldAndTheWholeVersionAreEverServed()
    {
        // Far longer than the writer's pauses even on a starved machine; the default (2 s) is covered on a test clock.
        await using var app = new ReaderAppFactory { ContentRoot = _content.Root }
            .WithWebHostBuilder(b => b.UseSetting("Content:ShrinkSettleMilliseconds", "10000"));
        using var client = app.CreateClient();
        var store = app.Services.GetRequiredService<ContentStore>();
        var original = store.Current.Find(Slug)!;
        var whole = Encoding.UTF8.GetBytes(GeneratedInterview.Transcript("hi", sections: 4, paragraphs: 6) + LastWords + "\n");
        var seen = new HashSet<AlignedInterview>(ReferenceEqualityComparer.Instance);

        var writer = WriteInChunksAsync(Path.Combine(_content.Root, Slug, "hi.md"), whole);
        while (!writer.IsCompleted)
        {
            seen.Add(store.Current.Find(Slug)!);
            await Task.Delay(10);
        }

        await writer;
        var clock = Stopwatch.StartNew();
        while (!Paragraphs(store.Current.Find(Slug)!).Contains(LastWords, StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "the whole file was never published");
            await Task.Delay(20);
        }

        seen.Add(store.Current.Find(Slug)!);
        Assert.All(seen, version => Assert.True(
            ReferenceEquals(version, original) || Paragraphs(version).Contains(LastWords, StringComparison.Ordinal),
            $"a partial version was served: {Paragraphs(version).Length} characters of paragraphs"));
    }

    public void Dispose() => _content.Dispose();

    // As a tool that streams its output does: one open file, each chunk flushed, 600 ms apart.
    private static async Task WriteInChunksAsync(string path, byte[] bytes)
    {
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
        for (var chunk = 0; chunk < 4; chunk++)
        {
            var (from, to) = (bytes.Length * chunk / 4, bytes.Length * (chunk + 1) / 4);
            await file.WriteAsync(bytes.AsMemory(from, to - from));
            await file.FlushAsync();
            if (chunk < 3)
            {
                await Task.Delay(600);
            }
        }
    }

    private static string Paragraphs(AlignedInterview interview) =>
        string.Join("\n", interview.Interview.In("hi")!.Sections.SelectMany(s => s.Blocks).OfType<ParagraphBlock>().Select(p => p.Text.PlainText));
}
