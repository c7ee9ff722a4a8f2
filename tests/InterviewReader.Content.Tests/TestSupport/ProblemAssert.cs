using InterviewReader.Content.Problems;

namespace InterviewReader.Content.Tests.TestSupport;

/// <summary>Assertions on content problems that show every problem found when they fail.</summary>
internal static class ProblemAssert
{
    /// <summary>Asserts that a problem with this severity, file and line has a message containing <paramref name="messagePart"/>.</summary>
    public static ContentProblem Has(
        IEnumerable<ContentProblem> problems, ProblemSeverity severity, string file, int line, string messagePart)
    {
        var list = problems.ToList();
        var match = list.Find(p => p.Severity == severity && p.File == file && p.Line == line
            && p.Message.Contains(messagePart, StringComparison.Ordinal));
        Assert.True(match is not null, $"expected {severity} at {file}:{line} containing \"{messagePart}\"; found:\n{Describe(list)}");
        return match!;
    }

    /// <summary>Asserts that the problem described is the only one.</summary>
    public static ContentProblem Only(
        IEnumerable<ContentProblem> problems, ProblemSeverity severity, string file, int line, string messagePart)
    {
        var list = problems.ToList();
        var match = Has(list, severity, file, line, messagePart);
        Assert.True(list.Count == 1, $"expected only that problem; found:\n{Describe(list)}");
        return match;
    }

    /// <summary>Asserts there is no problem at all.</summary>
    public static void None(IEnumerable<ContentProblem> problems)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, $"expected no problems; found:\n{Describe(list)}");
    }

    private static string Describe(IReadOnlyCollection<ContentProblem> problems) =>
        problems.Count == 0 ? "  (none)" : string.Join('\n', problems.Select(p => "  " + p));
}
