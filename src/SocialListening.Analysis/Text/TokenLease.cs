namespace SocialListening.Analysis.Text;

/// <summary>
/// The tokens of a text in a list borrowed from the calling thread, given back when the lease is disposed: for code that
/// reads a text's tokens once and keeps none of the list (most stages of the ingest tokenise each mention once or
/// twice, and a new list per text was the largest allocation of the analysis). Use it in a <c>using</c>; the list
/// must not be kept or read after the lease ends.
/// </summary>
public readonly ref struct TokenLease
{
    // Enough for the nesting depth of the stages (a detector borrowing while its caller holds a lease); a list grown
    // by a very long text is let go rather than kept.
    private const int PoolSize = 4;
    private const int LargestKept = 4_096;

    [ThreadStatic]
    private static Stack<List<Token>>? _pool;

    internal TokenLease(string text)
    {
        var pool = _pool ??= new Stack<List<Token>>(PoolSize);
        Tokens = pool.Count > 0 ? pool.Pop() : new List<Token>(256);
        SocialTokenizer.Append(text, Tokens, WordMemory.Current);
    }

    public List<Token> Tokens { get; }

    public void Dispose()
    {
        var pool = _pool!;
        if (pool.Count < PoolSize && Tokens.Capacity <= LargestKept)
        {
            Tokens.Clear();
            pool.Push(Tokens);
        }
    }
}
