using InterviewReader.Web.Localization;

namespace InterviewReader.Web.Tests.Preview;

public sealed class PreviewTextsTests
{
    [Fact]
    public void ByCode_EveryLanguageOfTheSite_HasThePreviewsWordsInItsOwnLanguage()
    {
        foreach (var language in WebLanguages.All)
        {
            var text = PreviewTexts.For(language.Code);
            Assert.Equal(language.Code, text.Lang);
            Assert.NotEqual(PreviewTexts.English.Reconnecting, text.Reconnecting);
            Assert.All(
                typeof(PreviewText).GetProperties().Select(p => (string)p.GetValue(text)!),
                word => Assert.False(string.IsNullOrWhiteSpace(word)));
        }
    }
}
