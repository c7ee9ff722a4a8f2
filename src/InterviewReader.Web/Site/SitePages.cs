using System.Collections.Immutable;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;
using InterviewReader.Web.Components.Reader;
using InterviewReader.Web.Hosting;

namespace InterviewReader.Web.Site;

/// <summary>
/// The page list of a snapshot: every page the site stores and serves from memory, and that an
/// export writes. The library, every view of every interview (<see cref="ReaderView.AllFor"/>, never a
/// copy of that list), the redirect of an interview that has one language, its alignment file, and the
/// not-found page. A page not listed here goes through the normal pipeline.
/// </summary>
public static class SitePages
{
    /// <summary>The library's address.</summary>
    public const string LibraryPath = "/";

    /// <summary>The not-found page's own address, where status-code re-execution sends unknown addresses.</summary>
    public const string NotFoundPath = "/not-found";

    /// <summary>The address of an interview (its side-by-side view, or a redirect to its one language).</summary>
    public static string InterviewPath(string slug) => $"/interviews/{slug}";

    /// <summary>Every stored page of the snapshot: library first, the not-found page last.</summary>
    public static ImmutableArray<SitePage> For(ContentSnapshot snapshot)
    {
        var pages = ImmutableArray.CreateBuilder<SitePage>();
        pages.Add(new SitePage(LibraryPath, SitePageKind.Library));
        foreach (var interview in snapshot.Interviews)
        {
            pages.AddRange(For(interview));
        }

        pages.Add(new SitePage(NotFoundPath, SitePageKind.NotFound));
        return pages.ToImmutable();
    }

    /// <summary>The stored pages of one interview: its views, the redirect when it has one language, its alignment file.</summary>
    public static IEnumerable<SitePage> For(AlignedInterview interview)
    {
        var views = ReaderView.AllFor(interview);
        foreach (var view in views)
        {
            yield return new SitePage(view.Url, SitePageKind.Reader, interview);
        }

        var address = InterviewPath(interview.Slug);
        if (views.All(v => v.Url != address))
        {
            // One language only: its address opens that language (a temporary redirect, so it shows
            // both once a second language is added).
            yield return new SitePage(address, SitePageKind.Redirect, interview, RedirectTo: ReaderView.For(interview, null)!.Url);
        }

        foreach (var page in AlignmentPages(interview))
        {
            yield return page;
        }
    }

    /// <summary>The files about an interview that are not pages: its sentence pairs as TMX (<see cref="AlignmentTmx"/>).</summary>
    public static IEnumerable<SitePage> AlignmentPages(AlignedInterview interview) =>
        [new SitePage(AlignmentTmx.PathFor(interview.Slug), SitePageKind.Alignment, interview)];
}
