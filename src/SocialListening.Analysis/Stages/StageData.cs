using SocialListening.Analysis.Complaints;
using SocialListening.Analysis.TextClassification;
using SocialListening.Core.Mentions;

namespace SocialListening.Analysis.Stages;

/// <summary>
/// Assembles the journey-stage training data: Bitext and Banking77 (mapped by <see cref="StageMapping"/>, Banking77
/// capped per category so that banking does not drown the rest), complaint tweets as "complaint" and random
/// non-complaint tweets as "other" (from the training 80% of the complaint file only), and the project's French set.
/// The English part is split 80/20 per stage (seeded) for validation; French is evaluated on its own in-house set.
/// </summary>
public static class StageData
{
    private const string BitextFile = "intents/bitext/train/Bitext_Sample_Customer_Support_Training_Dataset.csv";
    private const string BankingFile = "intents/banking77/train.csv";
    private const int BankingPerCategory = 25;
    private const int TweetsPerStage = 400;

    public static (List<LabelledText> Train, List<LabelledText> Validation) English(string datasets, int seed)
    {
        var rows = new List<LabelledText>();
        var bitext = CsvTable.Load(Path.Combine(datasets, BitextFile));
        int text = bitext.IndexOf("instruction"), intent = bitext.IndexOf("intent");
        if (text < 0 || intent < 0)
        {
            throw new InvalidDataException($"{BitextFile}: expected instruction and intent columns");
        }
        foreach (var row in bitext.Rows)
        {
            if (StageMapping.Bitext.TryGetValue(row[intent], out var stage))
            {
                rows.Add(new LabelledText(row[text], stage.Name()));
            }
        }
        var random = new Random(seed);
        foreach (var group in LabelledText.LoadCsv(Path.Combine(datasets, BankingFile), "text", "category").GroupBy(r => r.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var items = group.ToArray();
            random.Shuffle(items);
            rows.AddRange(items.Take(BankingPerCategory).Select(r => new LabelledText(r.Text, StageMapping.Banking(r.Label).Name())));
        }
        var complaints = CsvTable.Load(Path.Combine(datasets, ComplaintData.SharedFile));
        int ct = complaints.IndexOf("text"), cl = complaints.IndexOf("label"), cd = complaints.IndexOf("domain");
        var tweets = complaints.Rows.Take(complaints.Rows.Count - ((complaints.Rows.Count + 4) / 5)).ToArray();
        var complaintTweets = tweets.Where(r => r[cl] == "1").ToArray();
        var chatter = tweets.Where(r => r[cl] == "0" && r[cd].StartsWith("random", StringComparison.Ordinal)).ToArray();
        random.Shuffle(complaintTweets);
        random.Shuffle(chatter);
        rows.AddRange(complaintTweets.Take(TweetsPerStage).Select(r => new LabelledText(r[ct], JourneyStage.Complaint.Name())));
        rows.AddRange(chatter.Take(TweetsPerStage).Select(r => new LabelledText(r[ct], JourneyStage.Other.Name())));
        return StratifiedSplit.Split(rows, 0.2, seed);
    }

    public static IReadOnlyList<LabelledText> FrenchTrain() => ProjectData.Load("Stages/fr-train.csv", "text", "stage");

    public static IReadOnlyList<LabelledText> FrenchEvaluation() => ProjectData.Load("Stages/fr-eval.csv", "text", "stage");
}
