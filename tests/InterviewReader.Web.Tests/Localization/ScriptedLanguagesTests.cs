using InterviewReader.Content.Model;
using InterviewReader.Content.Text.Transliteration;
using InterviewReader.Web.Localization;

namespace InterviewReader.Web.Tests.Localization;

/// <summary>A language shown in another script says every interface word in that script, its reading aids included.</summary>
public sealed class ScriptedLanguagesTests
{
    public static TheoryData<string> Tags => [.. ScriptedLanguages.All.Select(l => l.Language.LangTag)];

    [Theory]
    [MemberData(nameof(Tags))]
    public void InAnotherScript_EveryWordIsTheOwnWordTransliterated(string tag)
    {
        var shown = ScriptedLanguages.Find(tag)!;
        var own = WebLanguages.All.Single(l => l.Language.Code == shown.Language.Code);
        var transliterator = Transliterators.Find(Scripts.Of(own.Language), Scripts.Of(shown.Language))!;

        Assert.Equal(transliterator.TransliterateText(own.Ui.MissingHere), shown.Ui.MissingHere);
        Assert.Equal(transliterator.TransliterateText(own.Ui.SentencePairs), shown.Ui.SentencePairs);
        Assert.Equal(transliterator.TransliterateText(own.Ui.Reading.Shortcuts), shown.Ui.Reading.Shortcuts);
        Assert.Equal(transliterator.TransliterateText(own.Ui.Reading.Hint), shown.Ui.Reading.Hint);
        Assert.NotEqual(ReadingWords.English, shown.Ui.Reading);
    }
}
