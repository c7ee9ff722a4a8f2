using InterviewReader.Web.Components.Reader;
using InterviewReader.Web.Preview;
using Microsoft.AspNetCore.Components;

namespace InterviewReader.Web.Components.Preview;

/// <summary>The preview's note on each row: its anchor and the problems on its lines (<see cref="PreviewRowNote"/>).</summary>
/// <param name="preview">The interview's preview.</param>
public sealed class PreviewNotes(InterviewPreview preview) : RowNotes
{
    /// <inheritdoc />
    public override RenderFragment? For(string anchor) => builder =>
    {
        builder.OpenComponent<PreviewRowNote>(0);
        builder.AddComponentParameter(1, nameof(PreviewRowNote.Preview), preview);
        builder.AddComponentParameter(2, nameof(PreviewRowNote.Anchor), anchor);
        builder.CloseComponent();
    };
}
