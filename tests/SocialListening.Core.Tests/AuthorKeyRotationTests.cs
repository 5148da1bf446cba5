using SocialListening.Core.Privacy;

namespace SocialListening.Core.Tests;

public sealed class AuthorKeyRotationTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("sl-keys-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public void After_a_rotation_new_mentions_get_a_new_pseudonym_and_the_ring_still_finds_the_old_one()
    {
        if (Environment.GetEnvironmentVariable(AuthorKeyStore.EnvironmentVariable) is not null)
        {
            Assert.Skip("SL_AUTHOR_KEY is set in this environment; the key file is not used.");
        }
        var before = new AuthorPseudonymiser(AuthorKeyStore.Load(_data)).Pseudonymise("@Marie")!;

        var retired = AuthorKeyStore.Rotate(_data, new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var ring = AuthorKeyStore.LoadRing(_data);

        var after = ring.Current.Pseudonymise("marie")!;
        Assert.NotEqual(before, after);
        Assert.Equal([after, before], ring.PseudonymsOf("@MARIE"));
        Assert.Equal(1, ring.RetiredCount);
        Assert.EndsWith("author.key.retired-20261124T090000000Z", retired, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(retired));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(AuthorKeyStore.KeyPath(_data)));
        }

        AuthorKeyStore.Rotate(_data, new DateTimeOffset(2026, 12, 24, 9, 0, 0, TimeSpan.Zero));
        var twice = AuthorKeyStore.LoadRing(_data);
        Assert.Equal(3, twice.PseudonymsOf("marie").Count);
        Assert.Equal([after, before], twice.PseudonymsOf("marie").Skip(1));
    }

    [Fact]
    public void A_pseudonym_given_instead_of_a_handle_is_looked_up_as_it_is()
    {
        var ring = new AuthorKeyRing(new AuthorPseudonymiser(new byte[32]), []);
        var pseudonym = ring.Current.Pseudonymise("paul")!;

        Assert.Equal([pseudonym], ring.PseudonymsOf(pseudonym));
    }
}
