namespace SocialListening.Ingestion.Sources.Rss;

/// <summary>One item of an RSS or Atom feed, before it is checked and mapped.</summary>
public sealed record FeedItem(string? Id, string? Link, string? Title, string? Html, DateTimeOffset? Published, string? Author, long? Comments, string? Lang);
