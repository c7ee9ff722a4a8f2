namespace InterviewReader.Content.Problems;

/// <summary>Collects problems for one file while it is read.</summary>
/// <param name="file">The file the problems are about, relative to the content root.</param>
internal sealed class ProblemList(string file)
{
    private readonly List<ContentProblem> _items = [];

    public string File { get; } = file;

    public IReadOnlyList<ContentProblem> Items => _items;

    public bool HasErrors => _items.Exists(p => p.Severity == ProblemSeverity.Error);

    public void Error(int line, string message) => _items.Add(new(ProblemSeverity.Error, File, line, message));

    public void Warning(int line, string message) => _items.Add(new(ProblemSeverity.Warning, File, line, message));
}
