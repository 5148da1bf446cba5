using SocialListening.Analysis.Evaluation;

namespace SocialListening.Analysis.Sentiment.Training;

/// <summary>
/// Trains the shipped sentiment model: one classifier per language on its train split and a joint one ("*", both
/// languages) for texts in other or unknown languages. Validation splits only select and report; they are never
/// trained on.
/// </summary>
public sealed class SentimentModelTrainer(SentimentFeatureOptions features, SentimentTrainerSpec trainer, int seed)
{
    public SentimentTrainingResult Train(IReadOnlyDictionary<string, SentimentSplits> data, string dataDescription)
    {
        var classifiers = new Dictionary<string, LinearClassifier>(StringComparer.Ordinal);
        var reports = new Dictionary<string, ClassificationReport>(StringComparer.Ordinal);
        foreach (var (language, splits) in data)
        {
            classifiers[language] = SentimentTraining.Fit(features, trainer, splits.Train, seed);
            reports[language] = SentimentTraining.Evaluate(features, classifiers[language], splits.Validation);
        }
        var joint = SentimentTraining.Fit(features, trainer, SentimentTraining.Shuffle(data.Values.SelectMany(s => s.Train), seed), seed);
        classifiers[SentimentModel.AnyLanguage] = joint;
        var jointReports = data.ToDictionary(d => d.Key, d => SentimentTraining.Evaluate(features, joint, d.Value.Validation), StringComparer.Ordinal);
        var info = new SentimentModelInfo
        {
            Trainer = trainer.ToString(),
            Seed = seed,
            Data = dataDescription,
            ValidationMacroF1 = reports.ToDictionary(r => r.Key, r => Math.Round(r.Value.MacroF1, 4), StringComparer.Ordinal),
        };
        return new SentimentTrainingResult(new SentimentModel(features, classifiers, info), reports, jointReports);
    }
}
