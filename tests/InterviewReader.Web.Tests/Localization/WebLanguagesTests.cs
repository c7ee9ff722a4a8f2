using System.Text.RegularExpressions;
using InterviewReader.Content.Model;
using InterviewReader.Web.Localization;

namespace InterviewReader.Web.Tests.Localization;

/// <summary>Adding a language to the table must bring all of its web assets with it.</summary>
public sealed partial class WebLanguagesTests
{
    private static readonly string WebRoot = Path.Combine(RepoPaths.WebProject, "wwwroot");

    private static readonly string SiteCss = File.ReadAllText(Path.Combine(WebRoot, "css", "site.css"));

    public static TheoryData<string> Codes => [.. Languages.All.Select(l => l.Code)];

    [Fact]
    public void All_IsOneRowPerLanguageOfTheTable_InItsOrder()
    {
        Assert.Equal(Languages.All, WebLanguages.All.Select(l => l.Language));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Language_HasInterfaceWordsInItsOwnLanguage(string code)
    {
        var web = WebLanguages.Find(code);

        Assert.NotNull(web);
        Assert.Equal(web.Language.LangTag, web.Ui.Lang);
        Assert.NotSame(UiTexts.English, web.Ui);
        Assert.Same(web.Ui, UiTexts.For(code));
        // Every word of the interface is written in the language's script, not left in English.
        var words = typeof(UiText).GetProperties()
            .Where(p => p.PropertyType == typeof(string) && p.Name is not (nameof(UiText.Lang) or nameof(UiText.SiteName)))
            .Select(p => (p.Name, Value: (string)p.GetValue(web.Ui)!));
        Assert.All(words, w => Assert.True(web.Language.IsWrittenIn(w.Value), $"{code}: {w.Name} = \"{w.Value}\""));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Language_HasBothFontFilesInWwwroot_EachDeclaredInSiteCss(string code)
    {
        var web = WebLanguages.Find(code)!;

        foreach (var (file, family) in new[] { (web.ScriptFont, web.ScriptFontFamily), (web.NameFont, web.NameFontFamily) })
        {
            Assert.True(File.Exists(Path.Combine(WebRoot, file.TrimStart('/'))), $"{code}: {file} is not in wwwroot");
            Assert.Contains((family, ".." + file), FontFaces());
        }

        Assert.NotEqual(web.ScriptFont, web.NameFont);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Language_HasItsFontsAppliedBySiteCss(string code)
    {
        var web = WebLanguages.Find(code)!;

        // Text in the language uses its script font; a name-only link uses the name subset.
        Assert.Matches($@":lang\({code}\)\s*\{{\s*font-family:\s*var\(--font-{code}\)", SiteCss);
        Assert.Matches($@"--font-{code}:[^;]*""{Regex.Escape(web.ScriptFontFamily)}""", SiteCss);
        Assert.Matches($@"\.name-font:lang\({code}\)\s*\{{\s*font-family:\s*""{Regex.Escape(web.NameFontFamily)}""", SiteCss);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Language_HasItsOwnDigits_AndSiteCssNumbersItsListsWithThem(string code)
    {
        var web = WebLanguages.Find(code)!;

        Assert.Equal(10, web.Digits.Length);
        Assert.All(web.Digits.Select((d, i) => (d, i)), x =>
        {
            Assert.True(web.Language.IsWrittenIn(x.d.ToString()), $"{code}: digit {x.i} ({x.d}) is not in its script");
            Assert.Equal(x.i, char.GetNumericValue(x.d));
        });
        Assert.Matches($@"(^|
)ol:lang\({code}\)\s*\{{\s*list-style-type:\s*{web.ListStyle};", SiteCss);
    }

    [Fact]
    public void WithDigits_ChangesDigitsOnly()
    {
        Assert.Equal("২৯ মার্চ ২০২৪", WebLanguages.Find("bn")!.WithDigits("29 মার্চ 2024"));
        Assert.Equal("२९ मार्च २०२४, x", WebLanguages.Find("hi")!.WithDigits("29 मार्च 2024, x"));
    }

    [Fact]
    public void LatinFont_IsInWwwroot()
    {
        Assert.True(File.Exists(Path.Combine(WebRoot, WebLanguages.LatinFont.TrimStart('/'))));
    }

    // (font-family, src url) of every @font-face in site.css.
    private static IEnumerable<(string Family, string Url)> FontFaces() =>
        FontFace().Matches(SiteCss).Select(m => (m.Groups["family"].Value, m.Groups["url"].Value));

    [GeneratedRegex(@"@font-face\s*\{[^}]*font-family:\s*""(?<family>[^""]+)""[^}]*src:\s*url\(""(?<url>[^""]+)""\)")]
    private static partial Regex FontFace();
}
