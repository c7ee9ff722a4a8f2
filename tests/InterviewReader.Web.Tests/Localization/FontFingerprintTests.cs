using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using InterviewReader.Web.Localization;
using InterviewReader.Web.Tests.Support;

namespace InterviewReader.Web.Tests.Localization;

/// <summary>Fonts are served immutable for a year, so each font's URL names its bytes: a changed font is a new URL.</summary>
public sealed partial class FontFingerprintTests(ReaderAppFactory factory) : IClassFixture<ReaderAppFactory>
{
    private static readonly string Fonts = Path.Combine(RepoPaths.WebProject, "wwwroot", "fonts");

    public static TheoryData<string> FontFiles => [.. Directory.EnumerateFiles(Fonts, "*.woff2").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(FontFiles))]
    public void FontFile_IsNamedForTheFirstTenHexDigitsOfItsSha256(string file)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(Fonts, file))))[..10];

        var match = Fingerprinted().Match(file);

        Assert.True(match.Success, $"{file} carries no fingerprint: name it {Path.GetFileNameWithoutExtension(file)}.{hash}.woff2");
        Assert.True(match.Groups[1].Value == hash, $"{file} changed: its bytes now hash to {hash}, so it needs a new name (and WebLanguages.cs and site.css with it)");
    }

    [Fact]
    public void EveryFontTheSiteNames_IsAFingerprintedFileInWwwroot()
    {
        var named = WebLanguages.All.SelectMany(l => new[] { l.ScriptFont, l.NameFont }).Prepend(WebLanguages.LatinFont).ToList();
        var css = File.ReadAllText(Path.Combine(RepoPaths.WebProject, "wwwroot", "css", "site.css"));
        var inCss = CssFontUrl().Matches(css).Select(m => "/fonts/" + m.Groups[1].Value).ToList();

        Assert.NotEmpty(inCss);
        Assert.All(named.Concat(inCss), url =>
        {
            Assert.Matches(Fingerprinted(), url);
            Assert.True(File.Exists(Path.Combine(Fonts, Path.GetFileName(url))), $"{url} is not in wwwroot/fonts");
        });
    }

    [Fact]
    public async Task Get_EveryFontTheSiteNames_IsServedImmutableForAYear()
    {
        using var client = factory.CreateClient();

        foreach (var url in WebLanguages.All.SelectMany(l => new[] { l.ScriptFont, l.NameFont }).Prepend(WebLanguages.LatinFont))
        {
            using var response = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
            Assert.Contains(response.Headers.CacheControl!.Extensions, e => e.Name == "immutable");
        }
    }

    [GeneratedRegex(@"\.([0-9a-f]{10})\.woff2$")]
    private static partial Regex Fingerprinted();

    [GeneratedRegex(@"url\(""\.\./fonts/([^""]+)""\)")]
    private static partial Regex CssFontUrl();
}
