using System.Collections.Immutable;
using InterviewReader.Content.Model;
using InterviewReader.Content.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace InterviewReader.Web.Components.Reader;

/// <summary>
/// A block's text, sentence by sentence (the markup contract of issue 9, read by reader.js and by
/// tests): each sentence is <c>&lt;span class="s" data-s="{bead anchor}"&gt;</c>, with
/// <c>doubt</c> when the aligner is unsure of its bead; the whitespace between sentences stays
/// outside, so spans start and end only at sentence boundaries and never split an akshara. A gap
/// is an empty <c>&lt;span class="s-gap" data-s&gt;</c> whose <c>data-none</c> says there is no
/// translation (shown while its bead is marked). Written as a render tree, not Razor markup,
/// so no whitespace is added or trimmed between sentences.
/// </summary>
public sealed class SentenceText : ComponentBase
{
    /// <summary>The places of one block (a sentence or a gap each).</summary>
    [Parameter, EditorRequired]
    public required ImmutableArray<SentencePlace> Places { get; set; }

    /// <summary>What a gap says when marked, in the cell's language, or null to say nothing (the cell says it already).</summary>
    [Parameter]
    public string? None { get; set; }

    /// <summary>How the view shows a sentence's text (in another script, for a script view); as written when null.</summary>
    [Parameter]
    public Func<RichText, RichText>? Shown { get; set; }

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        foreach (var place in Places)
        {
            if (place.Sentence is not { } sentence)
            {
                builder.OpenElement(0, "span");
                builder.AddAttribute(1, "class", "s-gap");
                builder.AddAttribute(2, "id", place.Id);
                builder.AddAttribute(3, "data-s", place.Bead?.AnchorId);
                builder.AddAttribute(4, "data-none", None);
                builder.CloseElement();
                continue;
            }

            if (place.Bead is not { } bead)
            {
                builder.AddMarkupContent(5, RichTextHtml.Render(Shown is null ? sentence.Text : Shown(sentence.Text)));
            }
            else
            {
                builder.OpenElement(6, "span");
                builder.AddAttribute(7, "class", bead.IsDoubtful ? "s doubt" : "s");
                builder.AddAttribute(8, "id", place.Id);
                builder.AddAttribute(9, "data-s", bead.AnchorId);
                builder.AddMarkupContent(10, RichTextHtml.Render(Shown is null ? sentence.Text : Shown(sentence.Text)));
                builder.CloseElement();
            }

            builder.AddContent(11, sentence.Trailing);
        }
    }
}
