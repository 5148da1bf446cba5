namespace DemoCorpus;

/// <summary>
/// A fictional author. <see cref="Offset"/> is the UTC offset their client writes dates with; <see cref="Site"/> is
/// the host of a news outlet (null for people).
/// </summary>
public sealed record Author(string Handle, string ReviewName, long Followers, string Lang, TimeSpan Offset, string? Site = null);
