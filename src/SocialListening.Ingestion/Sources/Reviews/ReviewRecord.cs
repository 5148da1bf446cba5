namespace SocialListening.Ingestion.Sources.Reviews;

/// <summary>One review found on a page, whichever way it was marked up; the rating is already on a 1-5 scale.</summary>
public sealed record ReviewRecord(string? Id, string? Author, string? Title, string? Text, string? Date, int? Rating);
