namespace InterviewReader.Content.Search;

/// <summary>A passage that matched, with its BM25 score.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="Score">Its score (higher is better).</param>
public sealed record SearchHit(SearchPassage Passage, float Score);
