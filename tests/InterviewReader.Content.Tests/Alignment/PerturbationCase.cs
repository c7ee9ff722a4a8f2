using InterviewReader.Content.Alignment;

namespace InterviewReader.Content.Tests.Alignment;

/// <summary>
/// One perturbed copy of the bundled pair: the Bengali text with one thing changed, and what the
/// aligner must make of the changed spot.
/// </summary>
/// <param name="Name">What was changed, as the figures name it.</param>
/// <param name="Bengali">The perturbed bn.md (hi.md stays as in the fixture).</param>
/// <param name="ExpectSpot">Asserts the rows and beads expected at the perturbed spot.</param>
internal sealed record PerturbationCase(string Name, string Bengali, Action<AlignedInterview> ExpectSpot)
{
    public override string ToString() => Name;
}
