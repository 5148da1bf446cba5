namespace DemoCorpus;

/// <summary>The register a text is written in: social posts are noisy, reviews and news are tidy.</summary>
public enum Channel
{
    Social,
    Review,
    News,
}
