using System.Collections.Frozen;

namespace InterviewReader.Content.Text;

/// <summary>
/// The words after which a full stop marks an abbreviation, not the end of a sentence: an initial
/// (one letter: <c>H</c>, <c>क</c>), a title (<c>Dr</c>, <c>डॉ</c>, <c>ড</c>, <c>মো</c>) or a Latin
/// letter spelled in Devanagari or Bengali (<c>एच</c>, <c>এইচ</c> as in <c>পিটার এইচ. ডায়ামানডিস</c>).
/// A listed word, not any one akshara: <c>है</c> is one akshara and ends many sentences.
/// </summary>
internal static class SentenceAbbreviations
{
    private static readonly FrozenSet<string> LatinTitles = new[]
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Fr", "Rev", "Hon", "Gen", "Col", "Capt", "Lt", "Sgt",
        "Gov", "Sen", "vs", "cf", "viz", "approx", "Md", "Mst",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> IndicWords = new[]
    {
        // Titles, abbreviated as they are before names.
        "डॉ", "डा", "प्रो", "श्री", "श्रीमती", "सुश्री", "कु", "स्व", "मो",
        "ড", "ডা", "ডঃ", "প্রফ", "প্রো", "অধ্যা", "মো", "মোছা", "মোসা", "শ্রী", "শ্রীমতী",

        // Latin letters spelled in Devanagari, as initials in names are written (Peter H. = पीटर एच.).
        "ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ", "पी", "क्यू", "आर", "एस",
        "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "ज़ेड", "जेड",

        // The same in Bengali (Peter H. = পিটার এইচ.).
        "এ", "বি", "সি", "ডি", "ই", "এফ", "জি", "এইচ", "আই", "জে", "কে", "এল", "এম", "এন", "ও", "পি", "কিউ", "আর", "এস",
        "টি", "ইউ", "ভি", "ডব্লিউ", "এক্স", "ওয়াই", "জেড",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a full stop right after <paramref name="word"/> abbreviates it.</summary>
    /// <param name="word">The letters, marks and digits just before the full stop.</param>
    public static bool Abbreviates(string word) =>
        (word.Length == 1 && char.IsLetter(word[0])) || LatinTitles.Contains(word) || IndicWords.Contains(word);
}
