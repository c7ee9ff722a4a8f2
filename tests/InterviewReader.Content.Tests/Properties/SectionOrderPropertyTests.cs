using System.Collections.Immutable;
using CsCheck;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Model;
using InterviewReader.Content.Problems;

namespace InterviewReader.Content.Tests.Properties;

/// <summary>
/// The section-order warnings name as few sections as possible, and the sections they leave out
/// are in the order the reader shows.
/// </summary>
public sealed class SectionOrderPropertyTests
{
    private static readonly Gen<(string[] First, string[] Second)> TwoOrders =
        Gen.Int[0, 9].ArrayUnique[0, 10].Select(keys => keys.Select(k => $"k{k}").ToArray())
            .SelectMany(first => Gen.Shuffle(first.ToArray()).Select(second => (first, second)));

    [Fact]
    public void Report_WarnsTheFewestSectionsThatLeaveTheRestInOrder() =>
        TwoOrders.Sample(
            orders =>
            {
                var order = OrderedUnion.Of([orders.First, orders.Second]);
                var position = order.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
                var problems = new List<ContentProblem>();

                SectionOrder.Report([Transcript("hi", orders.First), Transcript("bn", orders.Second)], order, position, problems);

                var warned = problems.Select(p => orders.Second[p.Line - 1]).ToHashSet();
                var kept = orders.Second.Where(id => !warned.Contains(id)).Select(id => position[id]).ToList();
                Assert.Equal(kept.Order(), kept);
                Assert.Equal(orders.Second.Length - LongestIncreasingLength([.. orders.Second.Select(id => position[id])]), warned.Count);
                Assert.All(problems, p => Assert.Equal("x/bn.md", p.File));
            },
            iter: 2_000,
            print: orders => $"{string.Join(',', orders.First)} | {string.Join(',', orders.Second)}");

    private static Transcript Transcript(string code, string[] ids) => new(
        Languages.Find(code)!,
        $"x/{code}.md",
        new InterviewMetadata("t", null, null, "i", new DateOnly(2024, 3, 29)),
        [.. ids.Select((id, line) => new Section(id, null, line + 1, ImmutableArray<Block>.Empty))]);

    /// <summary>The plain quadratic longest increasing subsequence, to check the fast one against.</summary>
    private static int LongestIncreasingLength(int[] values)
    {
        var best = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            best[i] = 1 + Enumerable.Range(0, i).Where(j => values[j] < values[i]).Select(j => best[j]).DefaultIfEmpty(0).Max();
        }

        return best.DefaultIfEmpty(0).Max();
    }
}
