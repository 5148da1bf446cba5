using SocialListening.Analysis.Complaints;
using SocialListening.Analysis.TextClassification;

namespace SocialListening.Analysis.Tests.TextClassification;

public class CueLexiconTests
{
    private static readonly CueLexicon Lexicon = new CueLexicon()
        .Add("wait", "still waiting", "wait*", "toujours pas", "depuis * jours")
        .Add("all", "*")
        .Add("broken", "marche pas", "panne", "crash*");

    [Theory]
    [InlineData("toujours pas de panne depuis deux jours", "cue_wait cue_all cue_all cue_all cue_all cue_broken cue_wait cue_all cue_all cue_all")]
    [InlineData("still waiting waited crashed", "cue_wait cue_all cue_wait cue_all cue_wait cue_all cue_all cue_broken")]
    [InlineData("ca marche pas", "cue_all cue_all cue_broken cue_all")]
    public void Match_FindsPhrasesByPositionThenInTheOrderAdded(string text, string cues)
    {
        var found = Lexicon.Match(text.Split(' '));

        Assert.Equal(cues.Split(' '), found);
    }

    // The phrases are indexed by their first word; the cues found must be those of comparing every phrase at every
    // word, in the same order (the order is part of the text the complaint model reads).
    [Fact]
    public void ComplaintCues_FindWhatComparingEveryPhraseFinds()
    {
        string[] texts =
        [
            "toujours pas recu mon colis depuis 3 jours , c'est une honte", "still waiting for a refund , charged twice",
            "la box est en panne encore une fois , service client injoignable", "why is the app crashing again 😡",
            "merci pour la livraison rapide", "never received , for the third time , sort it",
        ];
        foreach (var text in texts)
        {
            var words = ClassifierText.Normalise(text).Split(' ');
            Assert.Equal(EveryPhraseAtEveryWord(words), ComplaintCues.Lexicon.Match(words));
        }
    }

    private static List<string> EveryPhraseAtEveryWord(string[] words)
    {
        var found = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var (phrase, cue) in ComplaintCues.Lexicon.Phrases)
            {
                var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (i + parts.Length <= words.Length && parts.Select((p, j) => p.EndsWith('*') ? words[i + j].StartsWith(p[..^1], StringComparison.Ordinal) : words[i + j] == p).All(ok => ok))
                {
                    found.Add(cue);
                }
            }
        }
        return found;
    }
}
