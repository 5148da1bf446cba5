using System.Text.Json.Nodes;
using Lucene.Net.Search;

namespace SocialListening.Search.Elasticsearch;

/// <summary>
/// A leaf of the parsed query that is already Elasticsearch Query DSL. The classic parser builds its boolean tree
/// out of these, and <see cref="QueryDsl"/> writes the tree out; nothing is analysed on this side.
/// </summary>
internal sealed class DslQuery(JsonObject node) : Query
{
    public JsonObject Node { get; } = node;

    public override string ToString(string field) => Node.ToJsonString();

    public override bool Equals(object? obj) => obj is DslQuery other && JsonNode.DeepEquals(Node, other.Node) && Boost == other.Boost;

    public override int GetHashCode() => HashCode.Combine(Node.ToJsonString(), Boost);
}
