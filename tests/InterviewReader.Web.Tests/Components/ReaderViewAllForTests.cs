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

        Assert.Equal(["/interviews/emad-mostaque", "/interviews/emad-mostaque/hi", "/interviews/emad-mostaque/bn"], views.Select(v => v.Url));
        Assert.Equal([2, 1, 1], views.Select(v => v.Columns.Length));
    }

    [Fact]
    public void AllFor_OneLanguage_OnlyThatLanguage()
    {
        using var content = new TempContent().Interview("solo", ("hi", ["first", "second"]));
        var interview = ContentLibrary.Load(content.Root).Interviews.Single();

        var views = ReaderView.AllFor(interview).ToList();

        Assert.Equal(["/interviews/solo/hi"], views.Select(v => v.Url));
    }
}
