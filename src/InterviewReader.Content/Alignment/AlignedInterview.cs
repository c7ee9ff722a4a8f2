using System.Collections.Immutable;
using InterviewReader.Content.Model;

namespace InterviewReader.Content.Alignment;

/// <summary>An interview ready to be read side by side: its transcripts and their aligned rows.</summary>
/// <param name="Interview">The interview and its transcripts.</param>
/// <param name="Sections">The sections in reading order, each with one cell per transcript.</param>
public sealed record AlignedInterview(Interview Interview, ImmutableArray<AlignedSection> Sections)
{
    /// <summary>The interview's slug.</summary>
    public string Slug => Interview.Slug;

    /// <summary>The languages of the cells, in column order.</summary>
    public ImmutableArray<LanguageInfo> Languages { get; } = [.. Interview.Transcripts.Select(t => t.Language)];

    /// <summary>The column index of a language, or -1 when the interview lacks it.</summary>
    public int ColumnOf(string languageCode)
    {
        for (var i = 0; i < Languages.Length; i++)
        {
            if (Languages[i].Code == languageCode)
            {
                return i;
            }
        }

        return -1;
    }
}
