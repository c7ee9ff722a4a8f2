namespace InterviewReader.Content.Model;

/// <summary>
/// One sentence of a block's text, as <see cref="Text.SentenceSplitter"/> found it: the sentence
/// itself (with its terminator and any closing quote or bracket) and the whitespace after it.
/// Concatenating <c>Text.PlainText + Trailing</c> over a block's sentences gives the block's plain
/// text exactly.
/// </summary>
/// <param name="Text">The sentence, as rich text: emphasis or a link that spans a sentence boundary is split into two nodes of the same kind.</param>
/// <param name="Trailing">The whitespace between this sentence and the next (empty after the last when the text ends there).</param>
public sealed record Sentence(RichText Text, string Trailing);
