using BenchmarkDotNet.Attributes;
using SocialListening.Analysis.Aspects;
using SocialListening.Analysis.Language;
using SocialListening.Analysis.Matching;
using SocialListening.Analysis.Noise;
using SocialListening.Analysis.Risk;
using SocialListening.Analysis.Sentiment;
using SocialListening.Analysis.Text;
using SocialListening.Core.Brands;
using SocialListening.Core.Mentions;

namespace SocialListening.Benchmarks;

/// <summary>The per-mention analysis of the ingest path, each on the same 200 demo mentions per operation.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private Mention[] _mentions = [];
    private string[] _texts = [];
    private string?[] _languages = [];
    private BrandThemeMatcher _matcher = null!;
    private SentimentModel _sentiment = null!;
    private LanguageDetector _detector = null!;
    private AspectSentiment _aspects = null!;

    [GlobalSetup]
    public void Setup()
    {
        _mentions = DemoTexts.Mentions();
        _texts = _mentions.Select(m => m.Text).ToArray();
        _languages = _mentions.Select(m => m.Lang).ToArray();
        var catalog = BrandCatalogFile.Load(Path.Combine(DemoTexts.Folder, "brands.yaml"));
        _matcher = new BrandThemeMatcher(catalog);
        _sentiment = SentimentModel.Load(Path.Combine(AppContext.BaseDirectory, "models", "sentiment.zip"));
        _detector = LanguageDetector.Create(["fr", "en"]);
        _aspects = new AspectSentiment(catalog, _sentiment);
    }

    [Benchmark(Description = "SocialTokenizer.Tokenize x200")]
    public int Tokenize()
    {
        var n = 0;
        foreach (var text in _texts)
        {
            n += SocialTokenizer.Tokenize(text).Count;
        }
        return n;
    }

    [Benchmark(Description = "BrandThemeMatcher.Match x200")]
    public int Match()
    {
        var n = 0;
        foreach (var mention in _mentions)
        {
            n += _matcher.Match(mention).Themes.Count;
        }
        return n;
    }

    [Benchmark(Description = "Sentiment featurise+score x200")]
    public int Sentiment() => _sentiment.PredictBatch(_texts, _languages).Length;

    // A fresh copy of the model starts with an empty memory of words' n-gram sums: the cost for texts whose words
    // the scorer has not seen yet (the row above is the steady state of a long run, where most words repeat).
    [Benchmark(Description = "Sentiment featurise+score x200, word memory emptied")]
    public int SentimentColdWords() =>
        new SentimentModel(_sentiment.Features, _sentiment.Classifiers, _sentiment.Info).PredictBatch(_texts, _languages).Length;

    [Benchmark(Description = "LanguageDetector.Detect x200")]
    public int Detect()
    {
        var n = 0;
        foreach (var text in _texts)
        {
            n += _detector.Detect(text).Length;
        }
        return n;
    }

    [Benchmark(Description = "EscalationDetector.Detect x200")]
    public int Escalation()
    {
        var n = 0;
        foreach (var text in _texts)
        {
            n += EscalationDetector.Detect(text).Count;
        }
        return n;
    }

    [Benchmark(Description = "SimHash.Compute x200")]
    public ulong Fingerprints()
    {
        ulong x = 0;
        foreach (var text in _texts)
        {
            x ^= SimHash.Compute(text);
        }
        return x;
    }

    [Benchmark(Description = "AspectSentiment.Score x200")]
    public int Aspects()
    {
        var n = 0;
        for (var i = 0; i < _texts.Length; i++)
        {
            n += _aspects.Score(_texts[i], _languages[i]).Count;
        }
        return n;
    }
}
