namespace SocialListening.Core.Virality;

/// <summary>
/// SEISMIC's view of a cascade at one time: the infectiousness (expected shares per follower exposed), the follower
/// exposure still to come from the shares seen, and the resulting self-exciting forecast of the final event count.
/// </summary>
public sealed record SeismicEstimate(double Infectiousness, double RemainingExposure, double FollowerExposure, double PredictedEvents);
