namespace InterviewReader.Web.Site;

/// <summary>When the stored pages are rendered (<c>Site:RenderPages</c>).</summary>
public enum PageRendering
{
    /// <summary>Each page on its first request (the default): start-up and live reload render nothing.</summary>
    OnFirstRequest,

    /// <summary>Every page in the background as soon as its content is published (up to the memory bound).</summary>
    WhenPublished,
}
