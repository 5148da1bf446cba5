using SocialListening.Analysis.Sentiment;
using SocialListening.Analysis.Text;

namespace SocialListening.Analysis.Tests.Sentiment;

public class TextHelpersTests
{
    [Theory]
    [InlineData("TresDecu", "tres decu")]
    [InlineData("#SNCFVraiment", "sncf vraiment")]
    [InlineData("fail2day", "fail 2 day")]
    [InlineData("service_client", "service client")]
    [InlineData("nul", "nul")]
    [InlineData("#ÉnormeDéception", "enorme deception")]
    public void HashtagSplitter_SplitsCamelCaseDigitsAndUnderscores(string tag, string expected)
    {
        Assert.Equal(expected, string.Join(' ', HashtagSplitter.Split(tag)));
    }

    [Theory]
    [InlineData("nuuuul", "nuul")]
    [InlineData("trooop", "troop")]
    [InlineData("cool", "cool")]
    [InlineData("!!!!", "!!")]
    public void ShortenRepeats_KeepsAtMostTwo(string word, string expected)
    {
        Assert.Equal(expected, SentimentFeaturizer.ShortenRepeats(word));
    }

    [Theory]
    [InlineData("it\\u2019s", "it’s")]
    [InlineData("A &amp; B &lt;3", "A & B <3")]
    [InlineData("plain text", "plain text")]
    [InlineData("bad \\u12", "bad \\u12")]
    public void SocialTextCleaner_UndoesExportEscapes(string text, string expected)
    {
        Assert.Equal(expected, SocialTextCleaner.Clean(text));
    }
}

public class SentimentLexiconTests
{
    [Theory]
    [InlineData("decu", -1)]
    [InlineData("decues", -1)]
    [InlineData("nul", -1)]
    [InlineData("genial", 1)]
    [InlineData("geniale", 1)]
    [InlineData("love", 1)]
    [InlineData("hate", -1)]
    [InlineData("disappointing", -1)]
    [InlineData("table", 0)]
    [InlineData("", 0)]
    [InlineData("de", 0)]
    public void Polarity_MatchesExactWordsAndPrefixes(string word, int expected)
    {
        Assert.Equal(expected, SocialListening.Analysis.Sentiment.SentimentLexicon.Polarity(word));
    }
}
