using Lucene.Net.Analysis;

namespace InterviewReader.Content.Search;

/// <summary>The analyzer of the search index: one <see cref="Text.SearchKey"/> per word (see <see cref="SearchKeyTokenizer"/>).</summary>
internal sealed class SearchAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new SearchKeyTokenizer(reader));
}
