using SocialListening.Core.Configuration;
using SocialListening.Core.Privacy;

namespace SocialListening.Core.Tests;

/// <summary>A damaged author key is a clear error, never a crash and never a silently new key.</summary>
public sealed class AuthorKeySecretTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-author-key-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_key_file_that_is_not_base64_is_a_secret_error_and_is_left_as_it_is()
    {
        var path = Path.Combine(_folder, "secrets", "author.key");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "not base64 \u202E!");

        var error = Assert.Throws<SecretException>(() => AuthorKeyStore.Load(_folder));

        Assert.Contains("author.key is not a base64 key", error.Message, StringComparison.Ordinal);
        Assert.Equal("not base64 \u202E!", File.ReadAllText(path));
    }
}
