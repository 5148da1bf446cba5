using SocialListening.Analysis.Sentiment;

namespace SocialListening.Analysis.Tests.Sentiment;

public class SentimentFeaturizerTests
{
    private static List<string> Features(string text, SentimentFeatureOptions? options = null) =>
        new SentimentFeaturizer(options ?? new SentimentFeatureOptions()).FeatureNames(text).Select(f => f.Feature).ToList();

    [Theory]
    [InlineData("l'appli est top", "w:appli")]
    [InlineData("qu'il vienne", "w:il")]
    [InlineData("J’adore", "w:adore")]
    public void Elisions_AreSplitOffTheWord(string text, string expected)
    {
        Assert.Contains(expected, Features(text));
    }

    [Fact]
    public void Elisions_StayWhole_WhenSplittingIsOff()
    {
        var features = Features("l'appli", new SentimentFeatureOptions { SplitElision = false });
        Assert.Contains("w:l'appli", features);
        Assert.DoesNotContain("w:appli", features);
    }

    [Theory]
    [InlineData("ce n'est pas bien", "w:NEG_est", "w:NEG_bien")]
    [InlineData("je ne suis pas content", "w:NEG_suis", "w:NEG_content")]
    [InlineData("jamais satisfait", "w:NEG_satisfait", "w:jamais")]
    [InlineData("this is not good", "w:NEG_good", "w:not")]
    [InlineData("I don't like it", "w:NEG_like", "w:NEG_it")]
    [InlineData("never again", "w:NEG_again", "w:never")]
    public void Negation_PrefixesTheWordsThatFollow(string text, string first, string second)
    {
        var features = Features(text);
        Assert.Contains(first, features);
        Assert.Contains(second, features);
    }

    [Theory]
    [InlineData("pas bien. super", "w:super", "w:NEG_super")]
    [InlineData("not good, great", "w:great", "w:NEG_great")]
    [InlineData("pas cher mais nul", "w:nul", "w:NEG_nul")]
    public void Negation_EndsAtPunctuationOrContrast(string text, string expected, string absent)
    {
        var features = Features(text);
        Assert.Contains(expected, features);
        Assert.DoesNotContain(absent, features);
    }

    [Theory]
    [InlineData("trop bien 😍", "w:😍", "m:EMO_POS")]
    [InlineData("encore en retard 😡", "w:😡", "m:EMO_NEG")]
    [InlineData("ok 👍🏽", "w:👍", "m:EMO_POS")]
    [InlineData("merci :)", "w::)", "m:EMO_POS")]
    [InlineData("bof :(", "w::(", "m:EMO_NEG")]
    public void EmojiAndEmoticons_BecomeTokensWithTheirPolarity(string text, string token, string marker)
    {
        var features = Features(text);
        Assert.Contains(token, features);
        Assert.Contains(marker, features);
    }

    [Fact]
    public void Emoticons_AreWholeSpaceSeparatedChunks_WhiteSpaceAroundThemTrimmed()
    {
        // Chunks are split at spaces only; tabs and line breaks at a chunk's ends are trimmed, inside they glue.
        var emoticons = Features(":) super\t:D\t et :-( fin\n:/ x:( <3\t:P :]\t\t\t \t:D ^^")
            .Where(f => f.StartsWith("w:", StringComparison.Ordinal) && !char.IsLetter(f[2]))
            .ToList();

        Assert.Equal(["w::)", "w::-(", "w::]", "w::D", "w:^^"], emoticons);
    }

    [Fact]
    public void Urls_AreNotReadAsEmoticons()
    {
        Assert.DoesNotContain("m:EMO_NEG", Features("voir https://example.com/a"));
    }

    [Theory]
    [InlineData("c'est nuuuul", "w:nuul")]
    [InlineData("soooo good", "w:soo")]
    public void Elongations_AreShortenedAndMarked(string text, string expected)
    {
        var features = Features(text);
        Assert.Contains(expected, features);
        Assert.Contains("m:ELONG", features);
    }

    [Fact]
    public void Hashtags_AreSplitIntoWordsAndKeptWhole()
    {
        var features = Features("#TresDecu");
        Assert.Contains("w:tres", features);
        Assert.Contains("w:decu", features);
        Assert.Contains("h:tresdecu", features);
    }

    [Fact]
    public void Placeholders_ReplaceMentionsLinksAndNumbers()
    {
        var features = Features("@user voir http 42");
        Assert.Contains("w:@USER", features);
        Assert.Contains("w:URL", features);
        Assert.Contains("w:NUM", features);
        Assert.DoesNotContain("w:http", features);
    }

    [Fact]
    public void Capitals_AreMarked()
    {
        Assert.Contains("m:CAPS", Features("TERRIBLE service"));
        Assert.DoesNotContain("m:CAPS", Features("Terrible service"));
    }

    [Theory]
    [InlineData("pas mal du tout", "m:LEX_NEG_NEGATED")]
    [InlineData("service nul", "m:LEX_NEG")]
    [InlineData("great job", "m:LEX_POS")]
    [InlineData("not happy", "m:LEX_POS_NEGATED")]
    public void LexiconWords_AreMarkedWithTheirPolarity(string text, string marker)
    {
        Assert.Contains(marker, Features(text));
    }

    [Fact]
    public void CharNgrams_AreTakenInsideWordBoundaries()
    {
        var features = Features("nul", new SentimentFeatureOptions { CharMin = 2, CharMax = 3 });
        Assert.Contains("c: n", features);
        Assert.Contains("c:ul ", features);
        Assert.Contains("c: nu", features);
        Assert.DoesNotContain("c:nul ", features);
    }

    [Fact]
    public void EscapedUnicode_InExportedTweetsIsDecoded()
    {
        Assert.Contains("w:it's", Features("it\\u2019s"));
    }
}
