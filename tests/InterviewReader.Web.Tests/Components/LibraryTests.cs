using Bunit;
using InterviewReader.Web.Components.Pages;
using InterviewReader.Web.ContentHosting;
using InterviewReader.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewReader.Web.Tests.Components;

public sealed class LibraryTests : BunitContext
{
    public LibraryTests() => JSInterop.Mode = JSRuntimeMode.Loose;

    [Fact]
    public void Render_NoInterviews_SaysSoInEachLanguage_NoBlankList()
    {
        using var content = new TempContent();
        Services.AddSingleton<ContentStore>(StoreOn.Folder(content.Root));

        var cut = Render<Library>();

        Assert.Empty(cut.FindAll("ul.library, .library-card"));
        Assert.Equal(
            [("hi", "अभी यहाँ कोई साक्षात्कार नहीं है।"), ("bn", "এখানে এখনও কোনো সাক্ষাৎকার নেই।")],
            cut.FindAll(".library-empty p").Select(p => (p.GetAttribute("lang"), p.TextContent)));
    }

    [Fact]
    public void Render_Interviews_OneCardEach()
    {
        using var content = new TempContent().Interview("pair", ("hi", ["one"]), ("bn", ["one"])).Interview("solo", ("bn", ["one"]));
        Services.AddSingleton<ContentStore>(StoreOn.Folder(content.Root));

        var cut = Render<Library>();

        Assert.Equal(2, cut.FindAll("ul.library > li > .library-card").Count);
        Assert.Empty(cut.FindAll(".library-empty"));
    }
}
