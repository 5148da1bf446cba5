using System.Security.Cryptography;
using System.Text.Json;

namespace SocialListening.Ingestion.Import;

/// <summary>
/// Where an interrupted import stands, stored in the index commit with the mentions it covers. The file is known by
/// its content (length and first MiB), not its path, so a moved file still resumes and a changed file starts over.
/// </summary>
internal sealed record ImportCheckpoint(long Line, long Offset, long RejectsBytes, long Accepted, long Duplicates, long Rejected, long Withheld = 0)
{
    public const string Prefix = "import:";

    public static string KeyFor(string path)
    {
        using var stream = File.OpenRead(path);
        var head = new byte[Math.Min(stream.Length, 1 << 20)];
        stream.ReadExactly(head);
        var hash = SHA256.HashData(head.Concat(BitConverter.GetBytes(stream.Length)).ToArray());
        return Prefix + Convert.ToHexStringLower(hash, 0, 12);
    }

    public string Serialize() => JsonSerializer.Serialize(this);

    public static ImportCheckpoint? Parse(string? json)
    {
        if (json is null)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<ImportCheckpoint>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
