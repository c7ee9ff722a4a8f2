namespace InterviewReader.Content.Alignment;

/// <summary>Merges key sequences into one that keeps each sequence's order, the first sequence leading.</summary>
internal static class OrderedUnion
{
    public static List<string> Of(IEnumerable<IEnumerable<string>> sequences)
    {
        var result = new List<string>();
        foreach (var sequence in sequences)
        {
            var insertAt = 0;
            foreach (var key in sequence)
            {
                var at = result.IndexOf(key);
                if (at >= 0)
                {
                    insertAt = at + 1;
                    continue;
                }

                result.Insert(insertAt++, key);
            }
        }

        return result;
    }
}
