using System.Collections.Frozen;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Text.Transliteration;

/// <summary>The transliterations between the scripts of <see cref="Scripts"/>, found by the pair of scripts.</summary>
public static class Transliterators
{
    private static readonly FrozenDictionary<(string, string, TransliterationMode), Transliterator> ByPair =
        new[]
        {
            BengaliDevanagari.BengaliToDevanagari(TransliterationMode.Display),
            BengaliDevanagari.BengaliToDevanagari(TransliterationMode.Reversible),
            BengaliDevanagari.DevanagariToBengali(TransliterationMode.Display),
            BengaliDevanagari.DevanagariToBengali(TransliterationMode.Reversible),
        }.ToFrozenDictionary(t => (t.From.Code, t.To.Code, t.Mode));

    /// <summary>The transliterator from one script to another, or null when there is none (or they are the same).</summary>
    public static Transliterator? Find(ScriptInfo from, ScriptInfo to, TransliterationMode mode = TransliterationMode.Display) =>
        ByPair.GetValueOrDefault((from.Code, to.Code, mode));
}
