using InterviewReader.Content.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace InterviewReader.Content.Search;

/// <summary>
/// Lucene's view of <see cref="SearchTokens"/>: each word becomes its <see cref="SearchKey"/> with
/// the word's offsets; <see cref="CommonWords"/> are left out.
/// </summary>
internal sealed class SearchKeyTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private List<SearchToken>? _tokens;
    private int _next;
    private int _length;

    public SearchKeyTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_tokens is null)
        {
            var text = m_input.ReadToEnd();
            _length = text.Length;
            _tokens = [.. SearchTokens.Split(text).Where(t => !CommonWords.Contains(t.Key))];
        }

        if (_next >= _tokens.Count)
        {
            return false;
        }

        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Key);
        _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.End));
        return true;
    }

    public override void End()
    {
        base.End();
        var end = CorrectOffset(_length);
        _offset.SetOffset(end, end);
    }

    public override void Reset()
    {
        base.Reset();
        _tokens = null;
        _next = 0;
        _length = 0;
    }
}
