using System.Text.Json;

namespace InterviewReader.Web.Export;

/// <summary>
/// The addresses <c>MapStaticAssets</c> serves, read from the build's endpoint manifest
/// (<c>{app}.staticwebassets.endpoints.json</c> beside the app): each route once, in its
/// uncompressed form (the manifest also lists each precompressed variant and the <c>.gz</c>
/// addresses themselves, which the export writes beside the file instead).
/// </summary>
public static class StaticAssetRoutes
{
    /// <summary>The manifest of the app named <paramref name="applicationName"/> in <paramref name="folder"/>.</summary>
    public static string ManifestPath(string folder, string applicationName) =>
        Path.Combine(folder, $"{applicationName}.staticwebassets.endpoints.json");

    /// <summary>The routes (without a leading '/'), sorted, from a manifest file.</summary>
    public static IReadOnlyList<string> Read(string manifestPath)
    {
        using var stream = File.OpenRead(manifestPath);
        using var document = JsonDocument.Parse(stream);
        var routes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in document.RootElement.GetProperty("Endpoints").EnumerateArray())
        {
            var encoded = endpoint.GetProperty("ResponseHeaders").EnumerateArray()
                .Any(h => h.GetProperty("Name").GetString() == "Content-Encoding");
            if (endpoint.GetProperty("Selectors").GetArrayLength() == 0 && !encoded)
            {
                routes.Add(endpoint.GetProperty("Route").GetString()!);
            }
        }

        return [.. routes];
    }
}
