using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using InterviewReader.Content.Loading;

namespace InterviewReader.Web.Site;

/// <summary>
/// The stored pages of one content snapshot: an immutable map from address to page, swapped whole
/// when the content changes, and the snapshot's content version.
/// </summary>
public sealed class SiteSnapshot
{
    private readonly FrozenDictionary<string, PageSlot> _slots;

    internal SiteSnapshot(ContentSnapshot content, string version, ImmutableArray<SitePage> pages, IReadOnlyDictionary<(string, object?), PageSlot> reusable)
    {
        Content = content;
        Version = version;
        Pages = pages;
        _slots = pages.ToFrozenDictionary(
            p => p.Path,
            p => Reuses(p) && reusable.TryGetValue((p.Path, p.Interview), out var slot) ? slot : new PageSlot(p),
            StringComparer.Ordinal);
        NotFound = _slots[SitePages.NotFoundPath];
    }

    /// <summary>The content the pages show.</summary>
    public ContentSnapshot Content { get; }

    /// <summary>
    /// The content version: SHA-256 over the build (the app assembly's MVID and informational version)
    /// and each interview's slug and source files (<see cref="Content.Loading.SourceHash"/>), as URL-safe
    /// base64. Equal across restarts and instances of one build over the same files.
    /// </summary>
    public string Version { get; }

    /// <summary>The pages, as <see cref="SitePages.For(ContentSnapshot)"/> lists them.</summary>
    public ImmutableArray<SitePage> Pages { get; }

    internal PageSlot NotFound { get; }

    internal IEnumerable<PageSlot> Slots => _slots.Values;

    /// <summary>The build part of every content version.</summary>
    public static string BuildId { get; } = typeof(SiteSnapshot).Assembly.ManifestModule.ModuleVersionId.ToString("N") + "/" +
        (typeof(SiteSnapshot).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "");

    /// <summary>The content version of a snapshot whose interviews' sources hash as <paramref name="sourceHash"/> says.</summary>
    public static string VersionOf(ContentSnapshot content, Func<Content.Alignment.AlignedInterview, string> sourceHash)
    {
        var text = new StringBuilder(BuildId).Append('\n');
        foreach (var interview in content.Interviews.OrderBy(i => i.Slug, StringComparer.Ordinal))
        {
            text.Append(interview.Slug).Append(' ').Append(sourceHash(interview)).Append('\n');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    internal PageSlot? Find(string path) => _slots.GetValueOrDefault(path);

    // A reader page or redirect shows its interview only: kept while the interview object is the same.
    // The not-found page shows no content. The library shows every interview: always rendered anew.
    private static bool Reuses(SitePage page) => page.Kind is not SitePageKind.Library;
}
