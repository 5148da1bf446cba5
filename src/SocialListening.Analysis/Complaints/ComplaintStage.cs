using SocialListening.Core.Analysis;
using SocialListening.Core.Mentions;

namespace SocialListening.Analysis.Complaints;

/// <summary>Fills <see cref="Enrichment.Complaint"/> and <see cref="Enrichment.ComplaintProbability"/> (thread-safe).</summary>
public sealed class ComplaintStage(ComplaintModel model) : IEnrichmentStage
{
    public void Enrich(Mention[] batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var probabilities = model.Probabilities([.. batch.Select(MentionText.Of)]);
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i] = Flag(model, batch[i], probabilities[i]);
        }
    }

    /// <summary>The mention with the model's verdict on this probability (shared with the paired stage).</summary>
    internal static Mention Flag(ComplaintModel model, Mention mention, double probability) =>
        mention with { Enrichment = mention.Enrichment with { Complaint = model.IsComplaint(probability), ComplaintProbability = Math.Round(probability, 4) } };
}
