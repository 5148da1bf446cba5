using SocialListening.Core.Privacy;
using SocialListening.Core.Text;

namespace SocialListening.Core.Tests;

public class PrivacyAndTextTests
{
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void Pseudonyms_are_stable_case_insensitive_and_never_the_handle()
    {
        var p = new AuthorPseudonymiser(Key);

        var a = p.Pseudonymise("@Marie_Dupont")!;

        Assert.Equal(a, p.Pseudonymise("marie_dupont"));
        Assert.DoesNotContain("marie", a, StringComparison.OrdinalIgnoreCase);
        Assert.True(AuthorPseudonymiser.IsPseudonym(a));
        Assert.NotEqual(a, new AuthorPseudonymiser(Key.Reverse().ToArray()).Pseudonymise("@Marie_Dupont"));
        Assert.Null(p.Pseudonymise("  "));
    }

    [Fact]
    public void A_key_file_is_created_once_with_owner_only_permissions_and_reused()
    {
        var folder = Path.Combine(Path.GetTempPath(), "sl-key-" + Guid.NewGuid().ToString("N"));
        try
        {
            var first = AuthorKeyStore.Load(folder);
            var second = AuthorKeyStore.Load(folder);

            Assert.Equal(first, second);
            Assert.Equal(32, first.Length);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "secrets", "author.key")));
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Theory]
    [InlineData("Réseau", "reseau")]
    [InlineData("ÇA MARCHE", "ca marche")]
    [InlineData("cœur", "coeur")]
    [InlineData("l’appli", "l'appli")]
    [InlineData("plain", "plain")]
    public void Folding_lowercases_and_strips_accents(string text, string expected) => Assert.Equal(expected, TextFolding.Fold(text));
}
