using Microsoft.ML;
using SocialListening.Analysis.TextClassification;

namespace SocialListening.Analysis.Complaints;

/// <summary>
/// Scores the probability that a French or English post is a complaint (thread-safe: prediction engines are pooled).
/// The shipped model is models/complaint.zip.
/// </summary>
public sealed class ComplaintModel
{
    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly LinearTextScorer? _scorer;

    public ComplaintModel(MLContext ml, ITransformer model, DataViewSchema inputSchema, ComplaintSettings settings)
    {
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
        Settings = settings;
        _scorer = LinearTextScorer.TryCompile(model, inputSchema, out _);
    }

    /// <summary>The scorer that replaces ML.NET at run time, when the model is linear (null otherwise).</summary>
    internal LinearTextScorer? Scorer => _scorer;

    public ComplaintSettings Settings { get; }

    public static ComplaintModel Load(string path)
    {
        var ml = new MLContext(seed: 1);
        var (model, schema, settings) = ModelPackage.Load<ComplaintSettings>(path, ml);
        return new ComplaintModel(ml, model, schema, settings);
    }

    public void Save(string path) => ModelPackage.Save(path, _ml, _model, _inputSchema, Settings);

    public static string Normalise(string text, int form = ClassifierText.CurrentForm) => ClassifierText.Normalise(text, ComplaintCues.Lexicon, form);

    public double[] Probabilities(IReadOnlyList<string> texts) => Probabilities(texts, _scorer);

    /// <summary>The probabilities ML.NET itself gives (the reference the compiled scorer is tested against).</summary>
    internal double[] ProbabilitiesWithMlNet(IReadOnlyList<string> texts) => Probabilities(texts, null);

    private double[] Probabilities(IReadOnlyList<string> texts, LinearTextScorer? scorer)
    {
        var normalised = new string[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            normalised[i] = Normalise(texts[i], Settings.TextForm);
        }
        return LinearTextScorer.ScoreAll(scorer, normalised, s => s[0], MlNetProbabilities);
    }

    private double[] MlNetProbabilities(IReadOnlyList<string> normalised)
    {
        var rows = normalised.Select(t => new BinaryTextRow { Text = t }).ToList();
        return [.. BatchScoring.Column<BinaryTextRow, float>(_ml, _model, _inputSchema, rows, nameof(ProbabilityRow.Probability)).Select(p => float.IsNaN(p) ? 0 : (double)p)];
    }

    public bool IsComplaint(double probability) => probability >= Settings.Threshold;
}
