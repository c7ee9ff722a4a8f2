namespace InterviewReader.Web.Site;

/// <summary>What a stored page of the site is.</summary>
public enum SitePageKind
{
    /// <summary>The library, <c>/</c>.</summary>
    Library,

    /// <summary>A reading view of an interview (<c>ReaderView.AllFor</c>).</summary>
    Reader,

    /// <summary>The address of an interview in one language only: a redirect to that language's view, no body.</summary>
    Redirect,

    /// <summary>A file about one interview that is not a page (its sentence pairs, <c>alignment.tmx</c>).</summary>
    Alignment,

    /// <summary>The not-found page, sent with 404 for every unknown address.</summary>
    NotFound,
}
