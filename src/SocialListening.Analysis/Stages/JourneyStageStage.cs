using SocialListening.Analysis.Complaints;
using SocialListening.Analysis.TextClassification;
using SocialListening.Core.Analysis;
using SocialListening.Core.Mentions;

namespace SocialListening.Analysis.Stages;

/// <summary>
/// Fills <see cref="Enrichment.Stage"/> with the stage model's choice (thread-safe). Runs after
/// <see cref="ComplaintStage"/>: a mention the complaint model flagged whose stage came out as information or other
/// becomes a complaint, because a complaint says more about where the customer stands than "other"; a flagged
/// mention about delivery or an invoice keeps that more specific stage.
/// </summary>
public sealed class JourneyStageStage(TextClassifier model) : IEnrichmentStage
{
    public void Enrich(Mention[] batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var predictions = model.Predict([.. batch.Select(MentionText.Of)]);
        for (var i = 0; i < batch.Length; i++)
        {
            batch[i] = Place(batch[i], predictions[i]);
        }
    }

    /// <summary>The mention with the stage of this prediction, its complaint verdict read (shared with the paired stage).</summary>
    internal static Mention Place(Mention mention, ClassPrediction prediction)
    {
        var stage = EnumNames.TryParseStage(prediction.Label, out var parsed) ? parsed : JourneyStage.Other;
        if (mention.Enrichment.Complaint == true && stage is JourneyStage.Information or JourneyStage.Other)
        {
            stage = JourneyStage.Complaint;
        }
        return mention with { Enrichment = mention.Enrichment with { Stage = stage } };
    }
}
