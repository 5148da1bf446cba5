namespace SocialListening.Core.Index;

/// <summary>A query the user wrote cannot be understood; the message says where and why, for showing as is.</summary>
public sealed class QuerySyntaxException(string query, string message, int? column = null)
    : Exception(message)
{
    public string Query { get; } = query;
    /// <summary>1-based column where the problem was found, when known.</summary>
    public int? Column { get; } = column;
}
