using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SocialListening.Core.Index;

namespace SocialListening.Search.Lucene;

/// <summary>
/// Expands a wildcard or prefix into its words only when there are at most <see cref="QueryLimits.MaxExpansions"/>
/// of them, and otherwise fails with a clear error: taking the "best" few silently would give wrong counts.
/// </summary>
internal sealed class BoundedExpansion(QueryLimits limits, string userQuery, string pattern) : MultiTermQuery.RewriteMethod
{
    public override Query Rewrite(IndexReader reader, MultiTermQuery query)
    {
        var words = new HashSet<BytesRef>();
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(query.Field);
            if (terms is null)
            {
                continue;
            }
            var matching = GetTermsEnum(query, terms, new AttributeSource());
            while (matching.MoveNext())
            {
                if (words.Add(BytesRef.DeepCopyOf(matching.Term)) && words.Count > limits.MaxExpansions)
                {
                    throw limits.Expansions(userQuery, pattern);
                }
            }
        }
        return new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(limits.MaxExpansions).Rewrite(reader, query);
    }
}
