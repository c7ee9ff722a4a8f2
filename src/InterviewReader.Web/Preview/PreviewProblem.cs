using InterviewReader.Content.Problems;

namespace InterviewReader.Web.Preview;

/// <summary>A problem as the preview lists it: its own ID, and the row it is about when one is shown.</summary>
/// <param name="Problem">The problem, printed as <c>validate</c> prints it (<see cref="ContentProblem.ToString"/>).</param>
/// <param name="Id">Its element ID in the list (<see cref="Content.Model.Anchors.Problem"/>).</param>
/// <param name="RowAnchor">The anchor of the row its line is in, or null (a whole-file problem, front matter, or a file whose rendering is stale).</param>
public sealed record PreviewProblem(ContentProblem Problem, string Id, string? RowAnchor)
{
    /// <summary>True for an error (the file is not published as it is).</summary>
    public bool IsError => Problem.Severity == ProblemSeverity.Error;
}
