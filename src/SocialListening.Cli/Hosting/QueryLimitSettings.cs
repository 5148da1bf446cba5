using System.Globalization;
using SocialListening.Core.Index;

namespace SocialListening.Cli.Hosting;

/// <summary>The `index.query_limits:` section: what one query may cost, with the safe defaults of <see cref="QueryLimits"/>.</summary>
public sealed class QueryLimitSettings
{
    public int MaxLength { get; set; } = QueryLimits.Default.MaxLength;
    public int MaxDepth { get; set; } = QueryLimits.Default.MaxDepth;
    public int MaxClauses { get; set; } = QueryLimits.Default.MaxClauses;
    public int MaxExpansions { get; set; } = QueryLimits.Default.MaxExpansions;

    /// <summary>Seconds, fractions allowed (0.5).</summary>
    public double Timeout { get; set; } = QueryLimits.Default.Timeout.TotalSeconds;

    public QueryLimits ToLimits()
    {
        var limits = new QueryLimits
        {
            MaxLength = MaxLength,
            MaxDepth = MaxDepth,
            MaxClauses = MaxClauses,
            MaxExpansions = MaxExpansions,
            Timeout = double.IsFinite(Timeout) && Timeout is > 0 and <= 600 ? TimeSpan.FromSeconds(Timeout) : TimeSpan.Zero,
        };
        return limits.Invalid() is { } invalid
            ? throw new CliException($"index.query_limits.{invalid} (got {Describe()}).", 2)
            : limits;
    }

    private string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"max_length {MaxLength}, max_depth {MaxDepth}, max_clauses {MaxClauses}, max_expansions {MaxExpansions}, timeout {Timeout}");
}
