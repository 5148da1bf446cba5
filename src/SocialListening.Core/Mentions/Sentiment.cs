namespace SocialListening.Core.Mentions;

public enum Sentiment
{
    Negative,
    Neutral,
    Positive,
}
