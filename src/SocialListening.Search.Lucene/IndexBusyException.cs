namespace SocialListening.Search.Lucene;

/// <summary>Another process holds the index folder's write lock (a running `sl serve` or import).</summary>
public sealed class IndexBusyException(string path)
    : Exception($"The index at '{path}' is being written by another process (a running 'sl serve', 'sl run' or import). Stop it, or run this command through its API.");
