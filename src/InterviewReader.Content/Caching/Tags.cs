namespace InterviewReader.Content.Caching;

/// <summary>The byte that says which kind of block, aligned block or inline node follows.</summary>
internal static class Tags
{
    public const byte Paragraph = 1;
    public const byte Quote = 2;
    public const byte Takeaways = 3;
    public const byte TextNode = 10;
    public const byte EmphasisNode = 11;
    public const byte LinkNode = 12;
    public const byte CodeNode = 13;
    public const byte LineBreakNode = 14;
}
