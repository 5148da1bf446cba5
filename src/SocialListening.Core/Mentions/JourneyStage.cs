namespace SocialListening.Core.Mentions;

/// <summary>Where the author stands in the customer journey.</summary>
public enum JourneyStage
{
    Information,
    Purchase,
    Account,
    AfterSales,
    Complaint,
    Other,
}
