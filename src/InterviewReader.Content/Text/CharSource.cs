namespace InterviewReader.Content.Text;

/// <summary>Where a character of a rich text's plain text comes from, as sentence splitting sees it.</summary>
internal enum CharSource : byte
{
    /// <summary>A text run: punctuation here can end a sentence.</summary>
    Text,

    /// <summary>Inline code or another unit that is never cut: its punctuation is inert.</summary>
    Atomic,

    /// <summary>A hard line break.</summary>
    Break,
}
