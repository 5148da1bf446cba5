using SentimentLabel = SocialListening.Core.Mentions.Sentiment;

namespace SocialListening.Analysis.Sentiment.Training;

/// <summary>
/// Reads the XLM-T tweet sentiment splits: sentiment/xlmt/LANGUAGE/SPLIT_text.txt with the label (0 negative,
/// 1 neutral, 2 positive) on the same line of SPLIT_labels.txt.
/// </summary>
public static class XlmtCorpus
{
    /// <summary>The XLM-T folder names of the languages this project trains, by ISO 639-1 code.</summary>
    public static readonly IReadOnlyDictionary<string, string> Folders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fr"] = "french",
        ["en"] = "english",
    };

    public static List<SentimentExample> Load(string datasetsDirectory, string language, string split)
    {
        var folder = Path.Combine(datasetsDirectory, "sentiment", "xlmt", Folders[language]);
        var textPath = Path.Combine(folder, $"{split}_text.txt");
        var labelPath = Path.Combine(folder, $"{split}_labels.txt");
        if (!File.Exists(textPath) || !File.Exists(labelPath))
        {
            throw new FileNotFoundException($"XLM-T {language} {split} split not found under {folder}", textPath);
        }
        var texts = File.ReadAllText(textPath).Split('\n');
        var labels = File.ReadAllText(labelPath).Split('\n');
        if (texts.Length != labels.Length)
        {
            throw new InvalidDataException($"{textPath} has {texts.Length} lines but {labelPath} has {labels.Length}.");
        }
        var examples = new List<SentimentExample>(texts.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            var label = labels[i].Trim();
            if (label.Length == 0)
            {
                continue;
            }
            var value = label switch
            {
                "0" => SentimentLabel.Negative,
                "1" => SentimentLabel.Neutral,
                "2" => SentimentLabel.Positive,
                _ => throw new InvalidDataException($"{labelPath} line {i + 1}: unknown label '{label}'."),
            };
            examples.Add(new SentimentExample(texts[i].TrimEnd('\r'), value));
        }
        return examples;
    }
}
