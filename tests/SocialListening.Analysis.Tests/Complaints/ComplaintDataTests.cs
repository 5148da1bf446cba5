using SocialListening.Analysis.Complaints;
using SocialListening.Analysis.TextClassification;

namespace SocialListening.Analysis.Tests.Complaints;

public class ComplaintDataTests
{
    [Theory]
    [InlineData(2588, 518)]
    [InlineData(10, 2)]
    [InlineData(11, 3)]
    public void SplitLastFifth_HoldsOutWhatPythonsNegativeSliceHoldsOut(int rows, int validation)
    {
        var data = Enumerable.Range(0, rows).Select(i => new LabelledText(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "0")).ToList();

        var (train, held) = ComplaintData.SplitLastFifth(data);

        Assert.Equal(validation, held.Count);
        Assert.Equal(data[^validation..], held);
        Assert.Equal(data[..^validation], train);
    }

    [Fact]
    public void FrenchSets_AreEmbeddedAndDisjoint()
    {
        var train = ComplaintData.FrenchTrain();
        var evaluation = ComplaintData.FrenchEvaluation();

        Assert.True(train.Count >= 150);
        Assert.True(evaluation.Count >= 100);
        Assert.Empty(train.Select(r => r.Text).Intersect(evaluation.Select(r => r.Text)));
        Assert.All(train.Concat(evaluation), r => Assert.Contains(r.Label, new[] { "0", "1" }));
    }
}
