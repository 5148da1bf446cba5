using SocialListening.Core.Mentions;

namespace SocialListening.Analysis.Complaints;

/// <summary>The text the complaint and stage models read: the title (reviews, articles) then the body.</summary>
public static class MentionText
{
    public static string Of(Mention mention) =>
        string.IsNullOrWhiteSpace(mention.Title) ? mention.Text : mention.Title + ". " + mention.Text;
}
