using Microsoft.Extensions.Primitives;

namespace InterviewReader.Web.Site;

/// <summary>One representation of a stored page: its bytes in one content coding, and their strong ETag.</summary>
/// <param name="Coding">The content coding (<c>br</c>, <c>gzip</c> or <c>identity</c>).</param>
/// <param name="Body">The bytes as sent.</param>
/// <param name="ETag">The strong entity tag: a hash of <paramref name="Body"/> (<c>PageETags.For</c>).</param>
public sealed record PageRepresentation(string Coding, byte[] Body, string ETag)
{
    /// <summary>The ETag as a header value, made once.</summary>
    public StringValues ETagHeader { get; } = new(ETag);

    /// <summary>The <c>Content-Encoding</c> header, or empty for identity.</summary>
    public StringValues ContentEncodingHeader { get; } = Coding == Hosting.ContentCoding.Identity ? StringValues.Empty : new StringValues(Coding);
}
