namespace SocialListening.Analysis.Sentiment;

/// <summary>Receives the features of a text as they are produced: a kind letter and the feature's text.</summary>
public interface IFeatureSink
{
    void Add(char kind, ReadOnlySpan<char> feature);
}
