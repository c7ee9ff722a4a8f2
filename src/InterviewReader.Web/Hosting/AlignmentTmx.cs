using InterviewReader.Content.Alignment;
using InterviewReader.Content.Exchange;
using InterviewReader.Web.ContentHosting;

namespace InterviewReader.Web.Hosting;

/// <summary>
/// <c>GET /interviews/{slug}/alignment.tmx</c>: the interview's sentence pairs as a TMX 1.4b
/// translation memory (see <see cref="TmxWriter"/>). Its address is made here only
/// (<see cref="PathFor"/>), for the reader's link and for anything that lists the site's pages.
/// It is a reading page for caching: stored once per content version and coding, with a strong
/// ETag and <c>no-cache</c>, and a 404 before the cache for an interview that does not exist.
/// </summary>
public static class AlignmentTmx
{
    /// <summary>The file's name under the interview's address.</summary>
    public const string FileName = "alignment.tmx";

    /// <summary>The content type sent, with its charset.</summary>
    public const string ContentType = TmxWriter.MediaType + "; charset=utf-8";

    private const string SlugParameter = "slug";

    private static readonly Marker EndpointMarker = new();

    /// <summary>The address of an interview's TMX file.</summary>
    public static string PathFor(string slug) => $"/interviews/{slug}/{FileName}";

    /// <summary>The bytes served for an interview (UTF-8 XML).</summary>
    public static byte[] Render(AlignedInterview interview) => TmxWriter.Write(interview);

    /// <summary>Whether the request is routed here and names an interview that does not exist.</summary>
    public static bool IsUnknown(HttpContext context, ContentStore store) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Marker>() is not null
        && (context.GetRouteValue(SlugParameter) is not string slug || store.Current.Find(slug) is null);

    /// <summary>Maps the endpoint for GET and HEAD, cached like the reading pages.</summary>
    public static IEndpointConventionBuilder MapAlignmentTmx(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods("/interviews/{" + SlugParameter + "}/" + FileName, [HttpMethods.Get, HttpMethods.Head], Serve)
            .WithMetadata(EndpointMarker)
            .CachePages();

    private static IResult Serve(string slug, HttpContext context, ContentStore store)
    {
        if (store.Current.Find(slug) is not { } interview)
        {
            return Results.NotFound();
        }

        var bytes = Render(interview);
        context.Response.Headers.ETag = PageETags.For(bytes);
        context.Response.Headers.CacheControl = PageETags.PageCacheControl;
        return Results.Bytes(bytes, ContentType);
    }

    /// <summary>Marks the endpoint, so the 404 before caching recognises it.</summary>
    private sealed class Marker;
}
