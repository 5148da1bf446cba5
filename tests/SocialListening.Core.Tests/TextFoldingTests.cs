using SocialListening.Core.Text;

namespace SocialListening.Core.Tests;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Réseau", "reseau")]
    [InlineData("ÉNORME Déception", "enorme deception")]
    [InlineData("cœur Ægée straße", "coeur aegee strasse")]
    [InlineData("l’appli", "l'appli")]
    [InlineData("ça 😡 nul", "ca 😡 nul")]
    [InlineData("Ångström ñ", "angstrom n")]
    public void Fold_LowersAndStripsAccents_AndKeepsEmoji(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(text));
    }
}
