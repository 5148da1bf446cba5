namespace SocialListening.Search.Elasticsearch;

/// <summary>
/// The names a deployment uses. Readers and writers only ever name the alias (PREFIX-mentions), so the concrete
/// index behind it (PREFIX-mentions-000001, -000002...) can be rolled over or reindexed and swapped without downtime.
/// </summary>
internal sealed record IndexNames(string Prefix)
{
    public string Mentions => Prefix + "-mentions";
    public string FirstMentionsIndex => Mentions + "-000001";
    public string MentionsPattern => Mentions + "-*";
    public string Template => Prefix + "-mentions";
    public string Checkpoints => Prefix + "-checkpoints";

    public static IndexNames From(string prefix)
    {
        var valid = prefix.Length is > 0 and < 200
            && prefix.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.')
            && prefix[0] is not ('-' or '_' or '+' or '.');
        return valid
            ? new IndexNames(prefix)
            : throw new ArgumentException($"Index prefix '{prefix}' is not a valid Elasticsearch index name: use lower-case letters, digits, '-', '_' or '.', not starting with '-', '_' or '.'.", nameof(prefix));
    }
}
