namespace InterviewReader.Web.Export;

/// <summary>The export cannot go on (the app did not answer an address as it should); nothing is written.</summary>
public sealed class ExportException(string message) : Exception(message);
