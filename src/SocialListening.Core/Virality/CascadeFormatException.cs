namespace SocialListening.Core.Virality;

/// <summary>A cascade file that does not follow the format; the message names the source and the line.</summary>
public sealed class CascadeFormatException(string message) : Exception(message);
