namespace SocialListening.Analysis.Sentiment.Training;

/// <summary>Which ML.NET trainer fits the linear sentiment model, and its regularisation.</summary>
public sealed record SentimentTrainerSpec(SentimentTrainerKind Kind, float L2 = 1e-4f, float L1 = 0f, int Iterations = 0)
{
    public override string ToString() => Kind switch
    {
        SentimentTrainerKind.SdcaMaximumEntropy => $"SdcaMaximumEntropy(l2={L2:G3},l1={L1:G3})",
        SentimentTrainerKind.LbfgsMaximumEntropy => $"LbfgsMaximumEntropy(l2={L2:G3},l1={L1:G3})",
        SentimentTrainerKind.OvaAveragedPerceptron => $"OneVersusAll(AveragedPerceptron,iter={Iterations})",
        SentimentTrainerKind.OvaLinearSvm => $"OneVersusAll(LinearSvm,lambda={L2:G3},iter={Iterations})",
        _ => $"OneVersusAll(LbfgsLogisticRegression,l2={L2:G3},l1={L1:G3})",
    };
}
