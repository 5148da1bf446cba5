namespace DemoCorpus;

public enum Tone
{
    Negative,
    Neutral,
    Positive,
}
