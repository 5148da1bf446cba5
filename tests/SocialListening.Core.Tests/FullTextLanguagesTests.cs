using SocialListening.Core.Index;

namespace SocialListening.Core.Tests;

public class FullTextLanguagesTests
{
    [Theory]
    [InlineData("fr", true, false)]
    [InlineData("fr-CA", true, false)]
    [InlineData(" FR ", true, false)]
    [InlineData("en", false, true)]
    [InlineData("en_GB", false, true)]
    [InlineData("und", true, true)]
    [InlineData("de", true, true)]
    [InlineData("", true, true)]
    [InlineData(null, true, true)]
    public void For_GivesTheMentionsLanguageOnly_AndBothWhenUnknownOrOther(string? lang, bool french, bool english)
    {
        Assert.Equal((french, english), FullTextLanguages.For(lang));
    }
}
