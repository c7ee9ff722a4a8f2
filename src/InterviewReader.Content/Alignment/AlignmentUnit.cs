namespace InterviewReader.Content.Alignment;

/// <summary>A sentence or paragraph as the aligner weighs it: its length in non-space code points and its anchor keys.</summary>
/// <param name="Length">Code points that are not white space.</param>
/// <param name="Keys">Its anchors (<see cref="AnchorKeys.Of"/>), sorted.</param>
internal sealed record AlignmentUnit(int Length, string[] Keys)
{
    /// <summary>The keys as the aligner compares them (<see cref="AnchorKeys.Hashes"/>).</summary>
    public long[] Hashes { get; } = AnchorKeys.Hashes(Keys);

    /// <summary>The unit for a text.</summary>
    public static AlignmentUnit Of(string text) => new(NonSpaceLength(text), AnchorKeys.Of(text));

    /// <summary>Code points (a surrogate pair counts once) that are not white space.</summary>
    public static int NonSpaceLength(string text)
    {
        var length = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!System.Text.Rune.IsWhiteSpace(rune))
            {
                length++;
            }
        }

        return length;
    }
}
