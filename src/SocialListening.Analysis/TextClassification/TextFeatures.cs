using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// The bag of word 1-2-grams and character 2-5-grams (TF-IDF-like, L2-normalised) that every text classifier here
/// uses. The text arrives already folded and tokenised by <see cref="ClassifierText"/>, so ML.NET's own case and
/// accent handling is off; character n-grams absorb spelling variants and the inflections of French.
/// </summary>
public static class TextFeatures
{
    public static IEstimator<ITransformer> Featurise(MLContext ml, int charNgrams = 5) =>
        ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = charNgrams, UseAllLengths = true },
        }, "Text");
}
