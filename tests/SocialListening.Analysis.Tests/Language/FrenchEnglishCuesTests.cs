using SocialListening.Analysis.Language;

namespace SocialListening.Analysis.Tests.Language;

public class FrenchEnglishCuesTests
{
    [Theory]
    [InlineData(2, 0, "fr")]
    [InlineData(0, 2, "en")]
    [InlineData(3, 1, "fr")]
    [InlineData(1, 3, "en")]
    [InlineData(9, 3, "fr")]
    [InlineData(3, 10, "en")]
    [InlineData(1, 0, null)]
    [InlineData(0, 1, null)]
    [InlineData(0, 0, null)]
    [InlineData(2, 1, null)]
    [InlineData(1, 2, null)]
    [InlineData(5, 2, null)]
    [InlineData(4, 4, null)]
    public void Decide_SettlesAThreeToOneMajorityOfAtLeastTwoCues(int french, int english, string? expected)
    {
        Assert.Equal(expected, FrenchEnglishCues.Decide(french, english));
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
