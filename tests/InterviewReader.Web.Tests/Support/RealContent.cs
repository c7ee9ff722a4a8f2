using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;

namespace InterviewReader.Web.Tests.Support;

/// <summary>The bundled interview, loaded once for component tests from the fixture content root (<see cref="RepoPaths.FixtureContent"/>).</summary>
internal static class RealContent
{
    private static readonly Lazy<AlignedInterview> Lazy = new(() =>
        ContentLibrary.Load(RepoPaths.FixtureContent).Find(RepoPaths.FixtureSlug)
        ?? throw new InvalidOperationException($"{RepoPaths.FixtureSlug} did not load from {RepoPaths.FixtureContent}"));

    public static AlignedInterview Interview => Lazy.Value;
}
