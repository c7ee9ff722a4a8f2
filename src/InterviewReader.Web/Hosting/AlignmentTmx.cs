using InterviewReader.Content.Alignment;
using InterviewReader.Content.Exchange;
using InterviewReader.Web.ContentHosting;

namespace InterviewReader.Web.Hosting;

/// <summary>
/// <c>GET /interviews/{slug}/alignment.tmx</c>: the interview's sentence pairs as a TMX 1.4b
/// translation memory (see <see cref="TmxWriter"/>). Its address is made here only
/// (<see cref="PathFor"/>), for the reader's link and for anything that lists the site's pages.
/// It is one of the site's stored pages (<c>SitePages.AlignmentPages</c>): rendered once per content
/// version through this endpoint, then served from memory with its codings and ETags like a page.
/// </summary>
public static class AlignmentTmx
{
    /// <summary>The file's name under the interview's address.</summary>
    public const string FileName = "alignment.tmx";

    /// <summary>The content type sent, with its charset.</summary>
    public const string ContentType = TmxWriter.MediaType + "; charset=utf-8";

    private const string SlugParameter = "slug";

    /// <summary>The address of an interview's TMX file.</summary>
    public static string PathFor(string slug) => $"/interviews/{slug}/{FileName}";

    /// <summary>The bytes served for an interview (UTF-8 XML).</summary>
    public static byte[] Render(AlignedInterview interview) => TmxWriter.Write(interview);

    /// <summary>Maps the endpoint for GET and HEAD, which the site's page store renders once per content version.</summary>
    public static IEndpointConventionBuilder MapAlignmentTmx(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/interviews/{" + SlugParameter + "}/" + FileName, [HttpMethods.Get, HttpMethods.Head], Serve);

    private static IResult Serve(string slug, ContentStore store) =>
        store.Current.Find(slug) is { } interview ? Results.Bytes(Render(interview), ContentType) : Results.NotFound();
}
