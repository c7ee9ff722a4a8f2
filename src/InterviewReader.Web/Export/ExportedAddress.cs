using System.Net;

namespace InterviewReader.Web.Export;

/// <summary>One address of the site the export writes, the file it goes to, and the status the app answers it with.</summary>
/// <param name="Path">The address, such as <c>/interviews/x/hi</c>.</param>
/// <param name="File">The file in the export, relative, with '/' separators.</param>
/// <param name="Status">The status the app answers with (200; 404 for the not-found page).</param>
public sealed record ExportedAddress(string Path, string File, HttpStatusCode Status);
