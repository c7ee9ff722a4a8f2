using InterviewReader.Content.Problems;
using InterviewReader.Content.Tests.TestSupport;

namespace InterviewReader.Content.Tests.Validation;

/// <summary>
/// Sections in another order in one file than the reader shows (the first file's order) are a
/// warning at the heading of each section out of place, naming the order; the interview is shown.
/// </summary>
public sealed class SectionOrderWarningTests
{
    private const string Hi = $"{Samples.Slug}/hi.md";
    private const string Bn = $"{Samples.Slug}/bn.md";

    [Fact]
    public void Load_TwoSectionsSwappedInBengali_WarnsAtTheMovedHeading()
    {
        var bn = Samples.Transcript("bn");
        var founders = bn.IndexOf("## প্রতিষ্ঠাতার", StringComparison.Ordinal);
        var centralised = bn.IndexOf("## কেন্দ্রীভূত", StringComparison.Ordinal);
        var closing = bn.IndexOf("> ", StringComparison.Ordinal);
        var swapped = bn[..founders] + bn[centralised..closing] + bn[founders..centralised] + bn[closing..];
        using var root = new TempContentRoot();
        root.Write(Hi, Samples.Transcript("hi"));
        root.Write(Bn, swapped);

        var snapshot = root.Load();

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Warning, Bn, TextLines.LineOf(swapped, "{#centralised-power}"),
            $"section 'centralised-power' comes after 'intro' in this file, but the reader shows the sections in the order of {Hi}: intro, founders-call, centralised-power, closing");
        Assert.Single(snapshot.Interviews);
    }

    [Fact]
    public void Load_OneSectionMovedFromLastToFirst_IsOneWarning()
    {
        string[] ids = ["vision", "governance", "democracy", "future"];
        var bnOrder = new[] { "future", "vision", "governance", "democracy" };
        var bn = File("bn", "প্রতিষ্ঠাতা", "মোস্তাক বুঝতে পেরেছিলেন যে তার শক্তি দূরদর্শিতা এবং কৌশলে নিহিত।", bnOrder);
        using var root = new TempContentRoot();
        root.Write(Hi, File("hi", "संस्थापक", "Mostaque को एहसास हुआ कि उनकी ताकत विज़न और रणनीति में थी।", ids));
        root.Write(Bn, bn);

        var snapshot = root.Load();

        ProblemAssert.Only(snapshot.Problems, ProblemSeverity.Warning, Bn, TextLines.LineOf(bn, "{#future}"),
            "section 'future' comes first in this file, but the reader shows the sections in the order of emad-mostaque/hi.md: vision, governance, democracy, future");
        Assert.Equal(ids, Assert.Single(snapshot.Interviews).Sections.Select(s => s.Id));
    }

    private static string File(string language, string heading, string paragraph, IEnumerable<string> ids) =>
        Samples.WithBody(language, string.Concat(ids.Select(id => $"## {heading} {{#{id}}}\n\n{paragraph}\n\n")));
}
