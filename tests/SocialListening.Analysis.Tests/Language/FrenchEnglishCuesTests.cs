using SocialListening.Analysis.Language;

namespace SocialListening.Analysis.Tests.Language;

public class FrenchEnglishCuesTests
{
    [Theory]
    // French function words, French marks (elisions, accents), English function words, words: the decision.
    [InlineData(2, 0, 0, 2, "fr")]
    [InlineData(0, 2, 0, 2, "fr")]
    [InlineData(0, 0, 2, 2, "en")]
    [InlineData(2, 1, 1, 9, "fr")]
    [InlineData(1, 0, 3, 9, "en")]
    [InlineData(6, 3, 3, 30, "fr")]
    [InlineData(2, 1, 10, 30, "en")]
    [InlineData(0, 0, 0, 9, null)]
    [InlineData(1, 1, 1, 9, null)]
    [InlineData(1, 0, 2, 9, null)]
    [InlineData(3, 2, 2, 20, null)]
    [InlineData(2, 2, 4, 20, null)]
    // One cue: enough in four words or more when it is a function word, never when it is an accent or elision.
    [InlineData(1, 0, 0, 4, "fr")]
    [InlineData(0, 0, 1, 4, "en")]
    [InlineData(1, 0, 0, 3, null)]
    [InlineData(0, 0, 1, 3, null)]
    [InlineData(0, 1, 0, 12, null)]
    public void Decide_SettlesAThreeToOneMajority_OrOneFunctionWordInALongerText(int frenchWords, int frenchMarks, int english, int words, string? expected)
    {
        Assert.Equal(expected, FrenchEnglishCues.Decide(new CueCounts(frenchWords, frenchMarks, english, words)));
    }

    [Theory]
    [InlineData("Paris-Besançon in two hours by train", null)]
    [InlineData("Montréal Canadiens win again tonight", null)]
    [InlineData("Not cool Kalix", null)]
    [InlineData("Not cool either, Kalix", "en")]
    [InlineData("Aucune nouvelle depuis toujours", "fr")]
    public void Decide_NeedsMoreThanOneAccentOrAShortText(string text, string? expected)
    {
        Assert.Equal(expected, FrenchEnglishCues.Decide(text));
    }

    [Theory]
    [InlineData("J'adore l'appli", "fr")]
    [InlineData("Je n'ai rien reçu", "fr")]
    [InlineData("qu'il pleuve ou non", "fr")]
    [InlineData("#merci #toujours", "fr")]
    [InlineData("I don't think so", "en")]
    [InlineData("Thanks for the help", "en")]
    public void Decide_ReadsElisionsNegationsAndHashtags(string text, string expected)
    {
        Assert.Equal(expected, FrenchEnglishCues.Decide(text));
    }

    [Theory]
    [InlineData("@the @and @you")]
    [InlineData("https://example.com/the/and/you")]
    [InlineData("😍 🙌 👍")]
    [InlineData("Nickel")]
    public void Decide_CountsNoCue_InMentionsLinksEmojiOrPlainWords(string text)
    {
        Assert.Null(FrenchEnglishCues.Decide(text));
    }
}
