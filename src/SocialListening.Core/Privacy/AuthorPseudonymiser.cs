using System.Security.Cryptography;
using System.Text;
using SocialListening.Core.Text;

namespace SocialListening.Core.Privacy;

/// <summary>
/// Turns an author handle into a stable pseudonym with a keyed HMAC-SHA256, so the same author can be counted and
/// erased (by hashing the handle again) without the raw handle ever being stored. Handles are folded first, so
/// "@Marie" and "marie" are the same author.
/// </summary>
public sealed class AuthorPseudonymiser(byte[] key)
{
    private readonly byte[] _key = key.Length >= 16
        ? key
        : throw new ArgumentException("The author key must be at least 16 bytes.", nameof(key));

    public string? Pseudonymise(string? handle)
    {
        if (string.IsNullOrWhiteSpace(handle))
        {
            return null;
        }
        var normalised = TextFolding.Fold(handle.Trim().TrimStart('@'));
        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(normalised));
        return "a_" + Convert.ToHexStringLower(hash, 0, 16);
    }

    /// <summary>True when the value already has the pseudonym's shape, so re-imports of exported data are not hashed twice.</summary>
    public static bool IsPseudonym(string value) =>
        value.Length == 34 && value.StartsWith("a_", StringComparison.Ordinal) && value.AsSpan(2).ContainsAnyExcept("0123456789abcdef") is false;
}
