using System.Text;
using SocialListening.Core.Text;

namespace SocialListening.Ingestion.Privacy;

/// <summary>
/// Import rejects files quote the raw input line, raw author handle included (the line was never parsed, so never
/// pseudonymised). An erasure removes the lines that contain the handle (compared folded, without the '@'); a line
/// that merely contains it as part of a longer word goes too, which costs a diagnostic line, not a person's data.
/// </summary>
public static class RejectsScrubber
{
    public static long Remove(string? rejectsDirectory, string handle)
    {
        var needle = TextFolding.Fold(handle.Trim().TrimStart('@'));
        if (rejectsDirectory is null || needle.Length == 0 || !Directory.Exists(rejectsDirectory))
        {
            return 0;
        }
        long removed = 0;
        foreach (var file in Directory.GetFiles(rejectsDirectory, "*.rejects.jsonl"))
        {
            var lines = File.ReadAllLines(file, Encoding.UTF8);
            var kept = lines.Where(l => !TextFolding.Fold(l).Contains(needle, StringComparison.Ordinal)).ToArray();
            if (kept.Length == lines.Length)
            {
                continue;
            }
            // Replace in one rename, so a reader never sees half a file.
            var temporary = file + ".tmp";
            File.WriteAllLines(temporary, kept, new UTF8Encoding(false));
            File.Move(temporary, file, overwrite: true);
            removed += lines.Length - kept.Length;
        }
        return removed;
    }
}
