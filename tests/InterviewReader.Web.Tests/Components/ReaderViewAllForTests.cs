using InterviewReader.Content.Loading;
using InterviewReader.Web.Components.Reader;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Components;

/// <summary>ReaderView.AllFor lists each reading view of an interview once, at the address it is served at.</summary>
public sealed class ReaderViewAllForTests
{
    [Fact]
    public void AllFor_TwoLanguages_SideBySideThenEachLanguage()
    {
        using var content = new TempContent().CopyBundled();
        var interview = ContentLibrary.Load(content.Root).Interviews.Single();

        var views = ReaderView.AllFor(interview).ToList();

        Assert.Equal(
            ["/interviews/emad-mostaque", "/interviews/emad-mostaque/hi", "/interviews/emad-mostaque/bn", "/interviews/emad-mostaque/hi-beng", "/interviews/emad-mostaque/bn-deva", "/interviews/emad-mostaque/deva", "/interviews/emad-mostaque/beng"],
            views.Select(v => v.Url));
        Assert.Equal([2, 1, 1, 1, 1, 2, 2], views.Select(v => v.Columns.Length));
    }

    [Fact]
    public void AllFor_OneLanguage_OnlyThatLanguage()
    {
        using var content = new TempContent().Interview("solo", ("hi", ["first", "second"]));
        var interview = ContentLibrary.Load(content.Root).Interviews.Single();

        var views = ReaderView.AllFor(interview).ToList();

        Assert.Equal(["/interviews/solo/hi", "/interviews/solo/hi-beng"], views.Select(v => v.Url));
    }
}
