namespace SocialListening.Core.Virality;

/// <summary>One share of a post: when it happened (seconds after the original post) and the sharer's followers.</summary>
public readonly record struct CascadeEvent(double Seconds, double Followers);
