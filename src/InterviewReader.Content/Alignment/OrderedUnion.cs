namespace InterviewReader.Content.Alignment;

/// <summary>Merges key sequences into one that keeps each sequence's order, the first sequence leading.</summary>
internal static class OrderedUnion
{
    /// <summary>
    /// Each key not seen yet goes right after the previous key of its own sequence (or first, when
    /// it starts the sequence). A linked list with an index keeps this linear in the number of keys.
    /// </summary>
    public static List<string> Of(IEnumerable<IEnumerable<string>> sequences)
    {
        var order = new LinkedList<string>();
        var nodes = new Dictionary<string, LinkedListNode<string>>(StringComparer.Ordinal);
        foreach (var sequence in sequences)
        {
            LinkedListNode<string>? previous = null;
            foreach (var key in sequence)
            {
                if (nodes.TryGetValue(key, out var existing))
                {
                    previous = existing;
                    continue;
                }

                previous = previous is null ? order.AddFirst(key) : order.AddAfter(previous, key);
                nodes.Add(key, previous);
            }
        }

        return [.. order];
    }
}
