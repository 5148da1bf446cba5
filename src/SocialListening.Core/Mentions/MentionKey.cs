namespace SocialListening.Core.Mentions;

/// <summary>The identity of a mention: its source and the id it has in that source.</summary>
public readonly record struct MentionKey(string Source, string Id)
{
    // A unit separator cannot appear in a source name, so the joined form is unambiguous.
    public override string ToString() => Source + "\u001f" + Id;
}
