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
            var p = Math.Round(probabilities[i], 4);
            batch[i] = batch[i] with { Enrichment = batch[i].Enrichment with { Complaint = model.IsComplaint(probabilities[i]), ComplaintProbability = p } };
        }
    }
}
