namespace InterviewReader.Content.Text;

/// <summary>
/// The script-neutral search key of one word: a lossy fold under which a learned word spelled in
/// Devanagari and the same word in Bengali letters (बुद्धिमत्ता, বুদ্ধিমত্তা) are one key. It is for
/// matching only, never shown (display transliteration is a separate, exact mapping).
/// </summary>
/// <remarks>
/// In order: Bengali letters are moved onto the Devanagari ones at the same offset in their block
/// (ৎ is त्, ড় ঢ় য় lose the nukta, ৰ is र, ৱ is ब); nukta, ZWJ and ZWNJ are removed; va is ba; ī is i
/// and ū is u; the chandra vowels are folded (ऍ ॅ to ए े, ऑ ॲ to अ, ॉ to the inherent vowel);
/// chandrabindu is anusvara; a homorganic nasal with virama before a stop of its class is anusvara
/// (हिन्दी and हिंदी); a final virama is dropped; every decimal digit becomes ASCII; everything else is
/// lower-cased. ś, ṣ and s, and ṇ and n, stay apart: Hindi spells learned words with the same
/// letters as Bengali, so folding them would only merge different words.
/// </remarks>
public static class SearchKey
{
    /// <summary>The Devanagari virama, which the key uses for both scripts.</summary>
    public const char Virama = '\u094D';

    private const char Anusvara = '\u0902';
    private const char SignE = '\u0947';

    /// <summary>The key of one word (a token from <see cref="SearchTokens"/>).</summary>
    public static string Of(ReadOnlySpan<char> word) => Fold(word, null);

    /// <summary>
    /// The key of one word, and for each character of the key the index in <paramref name="word"/>
    /// of the character it came from (so a match on the key maps back to the text).
    /// </summary>
    public static string Fold(ReadOnlySpan<char> word, List<int>? sources)
    {
        // A letter gives at most two key characters (ৎ is त्). Words are short: on the stack.
        var room = (word.Length * 2) + 1;
        Span<char> key = room <= 256 ? stackalloc char[room] : new char[room];
        Span<int> from = room <= 256 ? stackalloc int[room] : new int[room];
        var n = 0;
        for (var i = 0; i < word.Length; i++)
        {
            MapOne(word[i], i, key, from, ref n);
        }

        n = FoldHomorganicNasals(key, from, n);
        if (n > 0 && key[n - 1] == Virama)
        {
            n--;
        }

        if (sources is not null)
        {
            foreach (var index in from[..n])
            {
                sources.Add(index);
            }
        }

        return new string(key[..n]);
    }

    private static void MapOne(char c, int index, Span<char> key, Span<int> from, ref int n)
    {
        switch (c)
        {
            case '\u200C' or '\u200D' or '\u093C' or '\u09BC':
                return; // ZWNJ, ZWJ and the nukta of each script
            case '\u09CE':
                Add('\u0924', index, key, from, ref n); // ৎ is त्
                Add(Virama, index, key, from, ref n);
                return;
            case '\u09D7':
                // The au length mark: after e it makes au (ৌ written as two characters).
                if (n > 0 && key[n - 1] == SignE)
                {
                    key[n - 1] = '\u094C';
                }
                else
                {
                    Add('\u094C', index, key, from, ref n);
                }

                return;
            case '\u093E' or '\u09BE' when n > 0 && key[n - 1] == SignE:
                key[n - 1] = '\u094B'; // e + aa is o (ো written as two characters)
                return;
        }

        var mapped = c switch
        {
            < '\u0080' => char.ToLowerInvariant(c),
            >= '\u09E6' and <= '\u09EF' => (char)('0' + (c - '\u09E6')),
            '\u09DC' => '\u0921', // ড় → ड
            '\u09DD' => '\u0922', // ঢ় → ढ
            '\u09DF' => '\u092F', // য় → य
            '\u09F0' => '\u0930', // ৰ → र
            '\u09F1' => '\u0935', // ৱ → व (then ब below)
            >= '\u0981' and <= '\u09E3' => (char)(c - 0x80),
            >= '\u0966' and <= '\u096F' => (char)('0' + (c - '\u0966')),
            _ when char.IsDigit(c) => (char)('0' + (int)char.GetNumericValue(c)),
            _ => char.ToLowerInvariant(c),
        };
        Add(FoldDevanagari(mapped), index, key, from, ref n);
    }

    // The folds inside the Devanagari block, which the Bengali letters have been moved onto.
    private static char FoldDevanagari(char c) => c switch
    {
        >= '\u0958' and <= '\u095F' => "\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F"[c - '\u0958'], // क़ … य़ lose the nukta
        '\u0929' => '\u0928', // ऩ → न
        '\u0931' => '\u0930', // ऱ → र
        '\u0934' => '\u0933', // ऴ → ळ
        '\u0935' => '\u092C', // व → ब
        '\u0908' => '\u0907', // ई → इ
        '\u0940' => '\u093F', // ी → ि
        '\u090A' => '\u0909', // ऊ → उ
        '\u0942' => '\u0941', // ू → ु
        '\u0901' => Anusvara, // chandrabindu → anusvara
        '\u090D' => '\u090F', // ऍ → ए
        '\u0945' => SignE, // ॅ → े
        '\u0911' or '\u0972' => '\u0905', // ऑ, ॲ → अ
        _ => c,
    };

    private static void Add(char c, int index, Span<char> key, Span<int> from, ref int n)
    {
        if (c == '\u0949')
        {
            return; // ॉ: the inherent vowel, as Bengali writes it (ডক্টর, डॉक्टर)
        }

        key[n] = c;
        from[n] = index;
        n++;
    }

    // न्द → ंद, म्ब → ंब, …: a nasal + virama before a stop of the nasal's own class. Returns the new length.
    private static int FoldHomorganicNasals(Span<char> key, Span<int> from, int n)
    {
        var write = 0;
        for (var read = 0; read < n; read++)
        {
            if (read + 2 < n && key[read + 1] == Virama && IsHomorganic(key[read], key[read + 2]))
            {
                key[write] = Anusvara;
                from[write] = from[read];
                write++;
                read++; // the virama goes
                continue;
            }

            key[write] = key[read];
            from[write] = from[read];
            write++;
        }

        return write;
    }

    private static bool IsHomorganic(char nasal, char stop) => nasal switch
    {
        '\u0919' => stop is >= '\u0915' and <= '\u0918', // ङ: क ख ग घ
        '\u091E' => stop is >= '\u091A' and <= '\u091D', // ञ: च छ ज झ
        '\u0923' => stop is >= '\u091F' and <= '\u0922', // ण: ट ठ ड ढ
        '\u0928' => stop is >= '\u0924' and <= '\u0927', // न: त थ द ध
        '\u092E' => stop is >= '\u092A' and <= '\u092D', // म: प फ ब भ
        _ => false,
    };
}
