using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace InterviewReader.Web.Hosting;

/// <summary>
/// Strong ETags that are content addresses: a hash of the bytes sent, so each page, content version
/// and content coding has its own, and every instance and restart of the same build over the same
/// content gives the same one (rendering and compression are deterministic).
/// </summary>
public static class PageETags
{
    /// <summary>The strong entity tag of a representation's bytes.</summary>
    public static string For(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return new EntityTagHeaderValue($"\"{Convert.ToBase64String(hash[..18]).Replace('+', '-').Replace('/', '_')}\"").ToString();
    }
}
