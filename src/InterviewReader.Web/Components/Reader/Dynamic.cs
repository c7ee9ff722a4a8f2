using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace InterviewReader.Web.Components.Reader;

/// <summary>An element whose tag name is chosen at run time (<c>p</c>, <c>h2</c>, <c>div</c>).</summary>
public sealed class Dynamic : ComponentBase
{
    /// <summary>The tag name.</summary>
    [Parameter, EditorRequired]
    public required string Element { get; set; }

    /// <summary>The element's id, if any.</summary>
    [Parameter]
    public string? Id { get; set; }

    /// <summary>The element's class, if any.</summary>
    [Parameter]
    public string? Class { get; set; }

    /// <summary>The element's lang.</summary>
    [Parameter]
    public string? Lang { get; set; }

    /// <summary>The element's content.</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, Element);
        builder.AddAttribute(1, "id", Id);
        builder.AddAttribute(2, "class", Class);
        builder.AddAttribute(3, "lang", Lang);
        builder.AddContent(4, ChildContent);
        builder.CloseElement();
    }
}
