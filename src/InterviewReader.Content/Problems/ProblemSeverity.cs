namespace InterviewReader.Content.Problems;

/// <summary>How bad a content problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>The interview is still published; the reader shows a placeholder where text is missing.</summary>
    Warning,

    /// <summary>The file cannot be published as it is; the last good version (if any) is kept.</summary>
    Error,
}
