using SocialListening.Analysis.TextClassification;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Ingestion.Triage;

namespace SocialListening.Cli.Commands.Train;

/// <summary>
/// The community managers' dismissals as training rows: each mention whose current triage state is "dismissed"
/// becomes a "0" (not a complaint) example, with its text read from the data folder's index.
/// </summary>
public static class DismissedExamples
{
    public static IReadOnlyList<LabelledText> Load(string dataDirectory, CancellationToken ct = default)
    {
        var state = Path.Combine(dataDirectory, "state.db");
        if (!File.Exists(state))
        {
            throw new FileNotFoundException($"No triage state in '{dataDirectory}' (state.db is missing): --feedback takes the data folder of 'sl triage'.");
        }
        var keys = new TriageStore(state, TimeProvider.System).Dismissed();
        if (keys.Count == 0)
        {
            return [];
        }
        using var index = IndexSettings.Open(new SlSettings(null, Path.GetFullPath(dataDirectory)));
        var rows = new List<LabelledText>();
        foreach (var key in keys)
        {
            var filter = MentionFilter.All.WithTerm(MentionFields.Source, key.Source).WithTerm(MentionFields.Id, key.Id);
            var page = index.SearchAsync(new SearchRequest(filter) { Limit = 1 }, ct).GetAwaiter().GetResult();
            if (page.Hits.Count == 1)
            {
                rows.Add(new LabelledText(page.Hits[0].Text, "0"));
            }
        }
        return rows;
    }
}
