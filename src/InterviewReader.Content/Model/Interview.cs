using System.Collections.Immutable;

namespace InterviewReader.Content.Model;

/// <summary>An interview: its slug (the folder name) and one transcript per language it has.</summary>
/// <param name="Slug">The folder name, used in URLs.</param>
/// <param name="Transcripts">The transcripts, ordered as <see cref="Languages.All"/>.</param>
public sealed record Interview(string Slug, ImmutableArray<Transcript> Transcripts)
{
    /// <summary>The transcript in the given language, or null.</summary>
    public Transcript? In(string languageCode) =>
        Transcripts.FirstOrDefault(t => t.Language.Code == languageCode);
}
