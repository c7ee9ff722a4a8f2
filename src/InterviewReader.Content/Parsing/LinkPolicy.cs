namespace InterviewReader.Content.Parsing;

/// <summary>Which link targets content may use: http, https and mailto URLs, and fragments on the same page.</summary>
internal static class LinkPolicy
{
    private static readonly string[] AllowedSchemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];

    /// <summary>True when the URL is allowed as it stands.</summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        if (url.StartsWith('#'))
        {
            return url.Length > 1 && !url.Any(char.IsControl);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && AllowedSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase)
            && !url.Any(char.IsControl);
    }
}
