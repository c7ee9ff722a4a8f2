using InterviewReader.Content.Alignment;

namespace InterviewReader.Content.Tests.Alignment;

public sealed class LengthCostTests
{
    [Fact]
    public void Delta_IsSymmetric()
    {
        var model = LengthCost.For([100, 200], [100, 200]);

        Assert.Equal(-model.Delta(120, 80), model.Delta(80, 120), 9);
        Assert.Equal(0, model.Delta(150, 150), 9);
    }

    [Fact]
    public void For_NearlyIdenticalLengths_KeepsTheVarianceFloor()
    {
        var model = LengthCost.For([100, 200, 300, 400], [101, 199, 300, 401]);

        Assert.Equal(LengthCost.VarianceFloor, model.Variance);
    }

    [Fact]
    public void For_LooseTranslation_EstimatesALargerVarianceUpToTheCeiling()
    {
        var loose = LengthCost.For([100, 200, 300, 400], [160, 120, 420, 300]);
        var absurd = LengthCost.For([10, 2000, 30, 4000], [2000, 10, 4000, 30]);

        Assert.InRange(loose.Variance, LengthCost.VarianceFloor * 1.01, LengthCost.VarianceCeiling);
        Assert.Equal(LengthCost.VarianceCeiling, absurd.Variance);
    }

    [Fact]
    public void For_FewPairs_ShrinksTheEstimateTowardsGaleAndChurch()
    {
        // Differences +40, -40, 0 over mean lengths 120, 80, 100: the pairs alone give 3200 / 300 = 10.67;
        // with three pseudo-pairs at 6.8 the estimate is (3 · 10.67 + 3 · 6.8) / 6 = 8.73.
        var model = LengthCost.For([100, 100, 100], [140, 60, 100]);

        Assert.Equal(((3 * (3200.0 / 300)) + (3 * LengthCost.VarianceFloor)) / 6, model.Variance, 9);
    }

    [Fact]
    public void Of_FartherLengths_CostMore()
    {
        var model = LengthCost.For([100], [100]);

        Assert.True(model.Of(100, 100) < model.Of(100, 130));
        Assert.True(model.Of(100, 130) < model.Of(100, 200));
        Assert.Equal(0, model.Of(100, 100), 6);
    }

    [Fact]
    public void WithRatio_KeepsTheVariance()
    {
        var model = LengthCost.For([60, 60, 60], [60, 60]).WithRatio(1);

        Assert.Equal(1, model.Ratio, 9);
        Assert.Equal(LengthCost.VarianceFloor, model.Variance);
    }
}
