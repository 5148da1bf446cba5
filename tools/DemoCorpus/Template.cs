namespace DemoCorpus;

/// <summary>
/// One line of a template file: <c>kind|theme|tone|text</c>. The kind says what the sentence is for (an ordinary
/// post, the outage spike, a news article...); the theme and tone drive which brand mix and rating it can carry.
/// </summary>
public sealed record Template(string Lang, string Kind, string Theme, Tone Tone, string Text)
{
    public static Template Parse(string lang, string line, int number)
    {
        var parts = line.Split('|', 4);
        if (parts.Length != 4)
        {
            throw new FormatException($"{lang} templates, line {number}: expected kind|theme|tone|text.");
        }
        var tone = parts[2] switch
        {
            "neg" => Tone.Negative,
            "neu" => Tone.Neutral,
            "pos" => Tone.Positive,
            _ => throw new FormatException($"{lang} templates, line {number}: tone must be neg, neu or pos."),
        };
        return new Template(lang, parts[0].Trim(), parts[1].Trim(), tone, parts[3].Trim());
    }
}
