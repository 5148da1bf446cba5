using SocialListening.Core.Virality;

namespace SocialListening.Core.Tests.Virality;

public class RidgeRegressionTests
{
    private static (double[][] X, double[] Y) Line(int n, Func<int, double> noise)
    {
        var x = Enumerable.Range(0, n).Select(i => new[] { i / 10.0, Math.Sin(i) }).ToArray();
        var y = x.Select((r, i) => 1 + 2 * r[0] - 3 * r[1] + noise(i)).ToArray();
        return (x, y);
    }

    [Fact]
    public void Fit_WithATinyPenalty_RecoversAnExactLinearFunction()
    {
        var (x, y) = Line(50, _ => 0);
        var model = RidgeRegression.Fit(x, y, 1e-9);

        Assert.Equal(1 + 2 * 0.5 - 3 * Math.Sin(2), model.Predict([0.5, Math.Sin(2)]), 6);
    }

    [Fact]
    public void Fit_WithALargePenalty_ShrinksTowardsTheMean()
    {
        var (x, y) = Line(50, _ => 0);
        var model = RidgeRegression.Fit(x, y, 1e9);

        Assert.Equal(y.Average(), model.Predict([0.5, Math.Sin(2)]), 3);
    }

    [Fact]
    public void FitLeastAbsolute_IgnoresAFewGrossOutliers_WhereLeastSquaresDoesNot()
    {
        var (x, y) = Line(60, i => i % 10 == 0 ? 40 : 0);
        var probe = new[] { 3.0, 0.2 };
        var truth = 1 + 2 * 3.0 - 3 * 0.2;

        Assert.Equal(truth, RidgeRegression.FitLeastAbsolute(x, y, 1e-6).Predict(probe), 1);
        Assert.True(Math.Abs(RidgeRegression.Fit(x, y, 1e-6).Predict(probe) - truth) > 2);
    }

    [Fact]
    public void Predict_ClipsFeaturesFarOutsideTheTrainingRange()
    {
        var model = new LinearModel([0], [1], 0, [1]);
        Assert.Equal(LinearModel.MaxZ, model.Predict([1e6]));
    }
}
