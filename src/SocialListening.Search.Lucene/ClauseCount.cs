using Lucene.Net.Search;

namespace SocialListening.Search.Lucene;

/// <summary>Counts the leaf clauses of a rewritten query, which is what a search costs in term lookups.</summary>
internal static class ClauseCount
{
    public static long Of(Query query) => query switch
    {
        BooleanQuery boolean => boolean.Clauses.Sum(c => Of(c.Query)),
        ConstantScoreQuery { Query: { } inner } => Of(inner),
        DisjunctionMaxQuery max => max.Disjuncts.Sum(Of),
        MatchAllDocsQuery => 0,
        _ => 1,
    };
}
