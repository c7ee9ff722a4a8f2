namespace InterviewReader.Content.Text;

/// <summary>One word of a text and its search key.</summary>
/// <param name="Start">The index of the word's first character in the text.</param>
/// <param name="Length">The word's length in characters.</param>
/// <param name="Key">The word's <see cref="SearchKey"/>, at most <see cref="SearchTokens.MaxKeyLength"/> characters.</param>
public readonly record struct SearchToken(int Start, int Length, string Key)
{
    /// <summary>The index just after the word.</summary>
    public int End => Start + Length;
}
