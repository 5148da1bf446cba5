namespace SocialListening.Core.Sources;

/// <summary>
/// One configured place mentions are collected from (a feed, a hashtag timeline, a search, a review page, a folder).
/// A source fetches what is new since <paramref name="cursor"/> as a sequence of batches, each carrying the cursor
/// to resume from once that batch is committed. The caller commits a batch before asking for the next one, so a
/// source may act on the commit (move a finished file, for instance) after its <c>yield</c>.
/// Mentions carry the raw author handle; the sink pseudonymises it before anything is stored.
/// </summary>
public interface ISource
{
    /// <summary>
    /// The configured name, also the <see cref="Mentions.Mention.Source"/> of the mentions it yields (a folder of
    /// drops keeps the source each record names).
    /// </summary>
    string Name { get; }

    /// <summary>The batches new since the cursor, oldest commit point first.</summary>
    IAsyncEnumerable<SourceBatch> FetchAsync(SourceCursor cursor, CancellationToken cancellationToken);
}
