using InterviewReader.Content.Alignment;
using InterviewReader.Content.Loading;

namespace InterviewReader.Web.Tests.Support;

/// <summary>The bundled interview, loaded once for component tests.</summary>
internal static class RealContent
{
    private static readonly Lazy<AlignedInterview> Lazy = new(() =>
        ContentLibrary.Load(RepoPaths.Content).Find("emad-mostaque")
        ?? throw new InvalidOperationException("content/emad-mostaque did not load"));

    public static AlignedInterview Interview => Lazy.Value;
}
