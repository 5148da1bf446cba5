using SocialListening.Analysis.Complaints;
using SocialListening.Analysis.TextClassification;
using SocialListening.Core.Analysis;
using SocialListening.Core.Mentions;

namespace SocialListening.Analysis.Stages;

/// <summary>
/// Fills what <see cref="ComplaintStage"/> then <see cref="JourneyStageStage"/> fill, with the same values, for about
/// a fifth less CPU (thread-safe): the two models read the same normalised text (the complaint model with cue tokens
/// after it), so each mention is normalised once and its n-grams are looked up once for both
/// (<see cref="PairedTextScorer"/>). Models that cannot be paired, and texts either model hands to ML.NET, go
/// through the two stages one after the other.
/// </summary>
public sealed class ComplaintAndJourneyStage : IEnrichmentStage
{
    private readonly ComplaintModel _complaint;
    private readonly TextClassifier _stage;
    private readonly ComplaintStage _complaintAlone;
    private readonly JourneyStageStage _stageAlone;
    private readonly PairedTextScorer? _paired;

    public ComplaintAndJourneyStage(ComplaintModel complaint, TextClassifier stage)
    {
        _complaint = complaint;
        _stage = stage;
        _complaintAlone = new ComplaintStage(complaint);
        _stageAlone = new JourneyStageStage(stage);
        _paired = complaint.Settings.TextForm == stage.Settings.TextForm ? PairedTextScorer.TryCreate(complaint.Scorer, stage.Scorer) : null;
    }

    public void Enrich(Mention[] batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (_paired is null)
        {
            _complaintAlone.Enrich(batch);
            _stageAlone.Enrich(batch);
            return;
        }
        var complaint = new double[1];
        var stage = new double[_stage.Labels.Count];
        List<int>? rest = null;
        for (var i = 0; i < batch.Length; i++)
        {
            var (plain, withCues) = ClassifierText.NormaliseBoth(MentionText.Of(batch[i]), ComplaintCues.Lexicon, _complaint.Settings.TextForm);
            if (_paired.TryScore(plain, withCues, complaint, stage))
            {
                batch[i] = JourneyStageStage.Place(ComplaintStage.Flag(_complaint, batch[i], complaint[0]), _stage.Decide(stage));
            }
            else
            {
                (rest ??= []).Add(i);
            }
        }
        if (rest is not null)
        {
            Mention[] others = [.. rest.Select(i => batch[i])];
            _complaintAlone.Enrich(others);
            _stageAlone.Enrich(others);
            for (var r = 0; r < rest.Count; r++)
            {
                batch[rest[r]] = others[r];
            }
        }
    }
}
