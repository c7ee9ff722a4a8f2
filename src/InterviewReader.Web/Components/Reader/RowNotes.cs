using Microsoft.AspNetCore.Components;

namespace InterviewReader.Web.Components.Reader;

/// <summary>
/// What a page adds to each row of the reader's components, cascaded to them: the live preview
/// adds the row's anchor, its beads and its problems. The reading pages cascade none, so their rows
/// are the reader's alone, and the preview renders through the very same components.
/// </summary>
public abstract class RowNotes
{
    /// <summary>The note for the row (a section heading, paragraph, quote, takeaway list or takeaway) with this anchor, or null.</summary>
    public abstract RenderFragment? For(string anchor);
}
