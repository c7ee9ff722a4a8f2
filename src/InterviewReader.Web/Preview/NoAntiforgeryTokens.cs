using Microsoft.AspNetCore.Components.Forms;

namespace InterviewReader.Web.Preview;

/// <summary>
/// No antiforgery token, ever. With an interactive render mode configured, Blazor persists a token
/// into every statically rendered page, which sets an antiforgery cookie on every reading page
/// (per-reader state, uncacheable pages). The site has no form, and the preview is read-only, so
/// no page needs one.
/// </summary>
internal sealed class NoAntiforgeryTokens : AntiforgeryStateProvider
{
    /// <inheritdoc />
    public override AntiforgeryRequestToken? GetAntiforgeryToken() => null;
}
