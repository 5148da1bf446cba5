namespace SocialListening.Ingestion.Sources;

/// <summary>A source entry that cannot work as written; the message names the entry and the setting.</summary>
public sealed class SourceConfigurationException(string message) : Exception(message);
