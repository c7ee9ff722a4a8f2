namespace InterviewReader.Web.Export;

/// <summary>What <c>export</c> was asked for.</summary>
/// <param name="Folder">The folder to write the site to (created or replaced whole).</param>
/// <param name="ContentRoot">The content root to export.</param>
/// <param name="BaseUrl">The public base URL canonical and hreflang links are built from.</param>
/// <param name="SearchUrl">Where the header's search box sends its query; empty leaves the box out.</param>
/// <param name="KeepGoing">Export even when the content has errors (the site shows what it can, as the app does).</param>
public sealed record ExportSettings(string Folder, string ContentRoot, string BaseUrl, string SearchUrl, bool KeepGoing);
