namespace SocialListening.Analysis.Sentiment;

/// <summary>A sink that also wants to know which word the next features come from (for explanations).</summary>
public interface ITermSink : IFeatureSink
{
    /// <summary>The features added from now on belong to <paramref name="term"/>; null: to no word.</summary>
    void BeginTerm(string? term);
}
