using SocialListening.Core.Index;
using SocialListening.Core.Mentions;

namespace SocialListening.Core.Territory;

/// <summary>Which noise share of voice leaves out: near-duplicate copies of a story (it counts once) and spam
/// bursts, both by default. <see cref="None"/> counts every mention.</summary>
public sealed record NoiseExclusion(bool Duplicates = true, bool Spam = true)
{
    public static readonly NoiseExclusion Default = new();
    public static readonly NoiseExclusion None = new(false, false);

    public MentionFilter Apply(MentionFilter filter)
    {
        var clauses = new List<string>();
        if (Duplicates)
        {
            clauses.Add($"NOT {MentionFields.Duplicate}:true");
        }
        if (Spam)
        {
            clauses.Add($"NOT {MentionFields.Spam}:true");
        }
        return clauses.Count == 0 ? filter : filter with { Query = $"({filter.Query}) AND " + string.Join(" AND ", clauses) };
    }
}
