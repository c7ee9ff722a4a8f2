namespace InterviewReader.Content.Text.Transliteration;

/// <summary>How a transliteration treats spellings the other script writes in more than one way.</summary>
public enum TransliterationMode
{
    /// <summary>As a reader of the other script would spell the word (ৎ → त्, য় → य).</summary>
    Display,

    /// <summary>
    /// Nothing is merged that the way back must tell apart (ৎ → त्+ZWNJ, য় → य़; letters the other
    /// script lacks stay as they are), so Bengali → Devanagari → Bengali gives the text back exactly.
    /// </summary>
    Reversible,
}
