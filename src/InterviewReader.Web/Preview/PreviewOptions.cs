namespace InterviewReader.Web.Preview;

/// <summary>The <c>Preview</c> configuration section: the editors' live preview at <c>/preview</c>.</summary>
public sealed class PreviewOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Preview";

    /// <summary>
    /// Whether <c>/preview</c> is served. Unset: on in Development, off elsewhere, where it answers 404
    /// and no interactive rendering (no circuit, no <c>/_blazor</c> hub) is configured at all.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>True when the preview is on for this configuration and environment.</summary>
    public static bool IsOn(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetSection(Section).GetValue<bool?>(nameof(Enabled)) ?? environment.IsDevelopment();
}
