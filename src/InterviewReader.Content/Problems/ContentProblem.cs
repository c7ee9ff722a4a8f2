namespace InterviewReader.Content.Problems;

/// <summary>A problem found in the content, with where it is and what to do about it.</summary>
/// <param name="Severity">Whether it stops the file from being published.</param>
/// <param name="File">The file, relative to the content root, with forward slashes.</param>
/// <param name="Line">The 1-based line, or 0 when the problem is about the whole file or folder.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record ContentProblem(ProblemSeverity Severity, string File, int Line, string Message)
{
    /// <summary>The problem as an editor reads it: <c>file:line: severity: message</c>.</summary>
    public override string ToString() =>
        $"{File}:{Line}: {(Severity == ProblemSeverity.Error ? "error" : "warning")}: {Message}";
}
