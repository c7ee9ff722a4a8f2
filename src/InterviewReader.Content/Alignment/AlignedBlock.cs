namespace InterviewReader.Content.Alignment;

/// <summary>One row of the side-by-side view: a block in every language, under one anchor.</summary>
/// <param name="AnchorId">The anchor shared by the block in every language.</param>
public abstract record AlignedBlock(string AnchorId);
