using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace InterviewReader.Content.Search;

/// <summary>
/// An in-memory Lucene index of every passage of one content snapshot, ranked with BM25. One index
/// belongs to one snapshot (<see cref="For"/>), so a search made on the snapshot a request read
/// never sees another version, and a reload reaches search in the same moment as the pages.
/// An index is read-only once built and safe to search from many threads.
/// </summary>
public sealed class SearchIndex
{
    /// <summary>The most passages one query lists; more are counted, not listed.</summary>
    public const int MaxHits = 500;

    /// <summary>The most keys one prefix term expands to (the most frequent are kept).</summary>
    public const int MaxExpansions = 64;

    /// <summary>The most keys looked at for one prefix term.</summary>
    public const int MaxScanned = 4096;

    private const float ExactBoost = 1.5f;

    private const string KeyField = "key";
    private const string IdField = "id";
    private static readonly ConditionalWeakTable<ContentSnapshot, Lazy<SearchIndex>> BySnapshot = [];
    private static readonly FieldType KeyType = MakeKeyType();

    private readonly ImmutableArray<SearchPassage> _passages;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly int[] _passageOfDoc;

    private SearchIndex(ImmutableArray<SearchPassage> passages, DirectoryReader reader)
    {
        _passages = passages;
        _reader = reader;
        _searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };

        // Read once, here: a doc values reader keeps a read position, so one instance shared by
        // searches on several threads gave wrong passages and out-of-range ids under load.
        var ids = MultiDocValues.GetNumericValues(reader, IdField);
        _passageOfDoc = new int[reader.MaxDoc];
        for (var doc = 0; doc < _passageOfDoc.Length; doc++)
        {
            _passageOfDoc[doc] = (int)ids.Get(doc);
        }
    }

    /// <summary>How many passages the index holds.</summary>
    public int PassageCount => _passages.Length;

    /// <summary>
    /// The index of a snapshot, built once on first use (callers at the same moment wait for the
    /// one build) and kept as long as the snapshot is.
    /// </summary>
    public static SearchIndex For(ContentSnapshot snapshot) =>
        BySnapshot.GetValue(snapshot, s => new Lazy<SearchIndex>(() => Build(s.Interviews), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Builds an index of the interviews' passages.</summary>
    public static SearchIndex Build(IEnumerable<AlignedInterview> interviews)
    {
        ImmutableArray<SearchPassage> passages = [.. interviews.SelectMany(i => SearchPassages.Of(i.Interview))];
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new SearchAnalyzer())
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            // One segment for the whole library (about 50 MB of text for 1,000 interviews).
            RAMBufferSizeMB = 256,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < passages.Length; i++)
            {
                writer.AddDocument(new Document
                {
                    new Field(KeyField, passages[i].Text, KeyType),
                    new NumericDocValuesField(IdField, i),
                });
            }

            writer.Commit();
        }

        return new SearchIndex(passages, DirectoryReader.Open(directory));
    }

    /// <summary>
    /// The passages that match every term of the query, BM25-ranked and grouped by interview. An
    /// exact key scores on top of a longer key it begins. Bounded: at most <see cref="SearchQuery.MaxTerms"/>
    /// terms, <see cref="MaxExpansions"/> keys per prefix and <see cref="MaxHits"/> passages listed.
    /// </summary>
    public SearchResults Search(SearchQuery query)
    {
        if (query.IsEmpty)
        {
            return new SearchResults(query, 0, []);
        }

        var all = new BooleanQuery();
        foreach (var term in query.Terms)
        {
            all.Add(QueryFor(term), Occur.MUST);
        }

        var top = _searcher.Search(all, MaxHits);
        var hits = top.ScoreDocs.Select(d => new SearchHit(_passages[_passageOfDoc[d.Doc]], d.Score));
        return new SearchResults(query, top.TotalHits, SearchResults.Group(hits));
    }

    // An exact term is one TermQuery. A prefix term is every key it begins (the exact one boosted),
    // each scored with the largest document frequency among them (blended), so a rare
    // inflection does not outrank the word itself on its rarity alone.
    private Query QueryFor(SearchTerm term)
    {
        var exact = new Term(KeyField, term.Key);
        if (!term.IsPrefix)
        {
            return new TermQuery(exact);
        }

        var expansions = Expansions(term.Key);
        if (expansions.Count == 0)
        {
            return new TermQuery(exact); // matches nothing, and costs nothing
        }

        var any = new BooleanQuery();
        var blendedFrequency = expansions.Max(e => e.DocFreq);
        foreach (var (bytes, _) in expansions)
        {
            var key = new Term(KeyField, bytes);
            var query = new TermQuery(key, Blended(key, blendedFrequency));
            if (bytes.Equals(exact.Bytes))
            {
                query.Boost = ExactBoost;
            }

            any.Add(query, Occur.SHOULD);
        }

        return any;
    }

    // The keys that begin with the prefix: the MaxExpansions most frequent of the first MaxScanned.
    private List<(BytesRef Bytes, int DocFreq)> Expansions(string prefix)
    {
        var terms = MultiFields.GetTerms(_reader, KeyField);
        if (terms is null)
        {
            return [];
        }

        var start = new BytesRef(prefix);
        var found = new List<(BytesRef Bytes, int DocFreq)>();
        var enumerator = terms.GetEnumerator();
        if (enumerator.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            return found;
        }

        do
        {
            var current = enumerator.Term;
            if (!StringHelper.StartsWith(current, start))
            {
                break;
            }

            found.Add((BytesRef.DeepCopyOf(current), enumerator.DocFreq));
        }
        while (found.Count < MaxScanned && enumerator.MoveNext());

        return [.. found.OrderByDescending(f => f.DocFreq).Take(MaxExpansions)];
    }

    private TermContext Blended(Term key, int docFreq)
    {
        var real = TermContext.Build(_reader.Context, key);
        var blended = new TermContext(_reader.Context);
        var first = true;
        foreach (var leaf in _reader.Leaves)
        {
            if (real.Get(leaf.Ord) is { } state)
            {
                blended.Register(state, leaf.Ord, first ? docFreq : 0, -1);
                first = false;
            }
        }

        return blended;
    }

    private static FieldType MakeKeyType()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            IndexOptions = IndexOptions.DOCS_AND_FREQS,
        };
        type.Freeze();
        return type;
    }
}
