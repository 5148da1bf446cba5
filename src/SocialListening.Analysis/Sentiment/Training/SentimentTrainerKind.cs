namespace SocialListening.Analysis.Sentiment.Training;

public enum SentimentTrainerKind
{
    SdcaMaximumEntropy,
    LbfgsMaximumEntropy,
    OvaAveragedPerceptron,
    OvaLinearSvm,
    OvaLogisticRegression,
}
