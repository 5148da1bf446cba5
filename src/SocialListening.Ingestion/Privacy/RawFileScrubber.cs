using System.Text;
using SocialListening.Core.Text;

namespace SocialListening.Ingestion.Privacy;

/// <summary>
/// The raw input kept on disk (import rejects files, which quote the rejected line, and the files a folder source
/// moved to <c>done/</c>) still holds raw author handles: it was never pseudonymised. An erasure removes the lines
/// that contain the handle (compared folded, without the '@'); a line that merely contains it inside a longer word
/// goes too, which costs an archived line, not a person's data. Files are scanned line by line, so a CSV record
/// spanning several lines (a quoted line break) loses only its lines that hold the handle.
/// </summary>
public static class RawFileScrubber
{
    public static long Remove(IEnumerable<string> folders, string handle)
    {
        var needle = TextFolding.Fold(handle.Trim().TrimStart('@'));
        if (needle.Length == 0)
        {
            return 0;
        }
        long removed = 0;
        foreach (var file in folders.Where(Directory.Exists).SelectMany(f => Directory.GetFiles(f)))
        {
            var lines = File.ReadAllLines(file, Encoding.UTF8);
            var kept = lines.Where(l => !TextFolding.Fold(l).Contains(needle, StringComparison.Ordinal)).ToArray();
            if (kept.Length == lines.Length)
            {
                continue;
            }
            // Replace in one rename, so a reader never sees half a file.
            var temporary = file + ".scrub";
            File.WriteAllLines(temporary, kept, new UTF8Encoding(false));
            File.Move(temporary, file, overwrite: true);
            removed += lines.Length - kept.Length;
        }
        return removed;
    }

    /// <summary>The files of these folders last written before the cut-off.</summary>
    public static IReadOnlyList<string> OlderThan(IEnumerable<string> folders, DateTimeOffset cutoff) =>
        [.. folders.Where(Directory.Exists).SelectMany(f => Directory.GetFiles(f)).Where(f => File.GetLastWriteTimeUtc(f) < cutoff.UtcDateTime)];
}
