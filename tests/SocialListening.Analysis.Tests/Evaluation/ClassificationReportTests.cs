using SocialListening.Analysis.Evaluation;

namespace SocialListening.Analysis.Tests.Evaluation;

public class ClassificationReportTests
{
    [Fact]
    public void Report_ComputesPerClassFiguresAndMacroF1()
    {
        // gold:      0 0 0 1 1 2
        // predicted: 0 0 1 1 2 2
        var report = new ClassificationReport(["a", "b", "c"], [0, 0, 0, 1, 1, 2], [0, 0, 1, 1, 2, 2]);

        Assert.Equal(1.0, report.Classes[0].Precision, 6);
        Assert.Equal(2.0 / 3, report.Classes[0].Recall, 6);
        Assert.Equal(0.5, report.Classes[1].Precision, 6);
        Assert.Equal(0.5, report.Classes[1].F1, 6);
        Assert.Equal(2.0 / 3, report.Classes[2].F1, 6);
        Assert.Equal((0.8 + 0.5 + 2.0 / 3) / 3, report.MacroF1, 6);
        Assert.Equal(4.0 / 6, report.Accuracy, 6);
        Assert.Equal([2, 1, 0], report.Confusion[0]);
    }

    [Fact]
    public void ClassNeverPredicted_HasZeroPrecision()
    {
        var report = new ClassificationReport(["a", "b"], [0, 1], [0, 0]);

        Assert.Equal(0, report.Classes[1].Precision);
        Assert.Equal(0, report.Classes[1].F1);
    }
}
