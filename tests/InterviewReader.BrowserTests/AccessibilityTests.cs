using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using InterviewReader.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InterviewReader.BrowserTests;

/// <summary>axe-core finds nothing to fix on any page, in light or dark mode.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture app)
{
    public static TheoryData<string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var path in new[] { Routes.Library, Routes.Both, Routes.Hindi, Routes.Bengali, Routes.UnknownInterview })
            {
                data.Add(path, scheme);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task RunAxe_Page_NoViolations(string path, ColorScheme scheme)
    {
        var (context, page) = await app.NewPageAsync(Viewports.Desktop, scheme);
        await using var _ = context;
        await page.OpenAsync(path);

        var result = await page.RunAxe();

        var violations = result.Violations.Select(v => (Rule: v, Nodes: v.Nodes.ToList())).Where(v => v.Nodes.Count > 0).ToList();
        Assert.True(violations.Count == 0, $"{path} ({scheme}):\n{Describe(violations)}");
    }

    private static string Describe(IEnumerable<(AxeResultItem Rule, List<AxeResultNode> Nodes)> violations) =>
        string.Join("\n", violations.SelectMany(v => v.Nodes.Select(n => $"{v.Rule.Id} ({v.Rule.Impact}) at {n.Target}: {v.Rule.Help} — {Checks(n)}")));

    private static string Checks(AxeResultNode node) =>
        string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).Where(m => !string.IsNullOrEmpty(m)));
}
