namespace SocialListening.Core.Privacy;

/// <summary>
/// The current author key, which pseudonymises every new mention, and the retired keys, kept after a rotation so
/// that erasure and export still find the mentions pseudonymised before it. The raw handle is never stored, so
/// old pseudonyms cannot be re-hashed under the new key: they are found by hashing the handle under each key.
/// </summary>
public sealed class AuthorKeyRing(AuthorPseudonymiser current, IReadOnlyList<AuthorPseudonymiser> retired)
{
    public AuthorPseudonymiser Current { get; } = current;

    public int RetiredCount => retired.Count;

    /// <summary>
    /// The pseudonyms a handle has had under every key, current first. A value that already has the pseudonym's
    /// shape is taken as it is (an export carries pseudonyms, and an admin may hold only that).
    /// </summary>
    public IReadOnlyList<string> PseudonymsOf(string handle)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(handle);
        var trimmed = handle.Trim();
        if (AuthorPseudonymiser.IsPseudonym(trimmed))
        {
            return [trimmed];
        }
        return [.. new[] { Current }.Concat(retired).Select(p => p.Pseudonymise(trimmed)!).Distinct(StringComparer.Ordinal)];
    }
}
