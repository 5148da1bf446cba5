using SocialListening.Core.Text;

namespace SocialListening.Analysis.Phrases;

/// <summary>French and English function words (folded), which end a candidate phrase as RAKE does.</summary>
public static class StopWords
{
    private const string French =
        "a ai aie aient aies ait alors as au aucun aucune aujourd aupres aura aurai auront aussi autre autres aux avais avait avant avec avez avoir avons ayant " +
        "bah bcp beaucoup bien bon bref c ca car ce ceci cela celle celles celui cependant certain ces cet cette ceux chaque chez ci comme comment contre " +
        "d dans de debut depuis des deja donc dont du duquel elle elles en encore entre es est et etaient etais etait ete etes etre eu eux fait faire fais fois " +
        "font franchement grave hier ici il ils j jamais je jusqu l la le les leur leurs lors lui m ma mais me meme mes moi mon moins n ne ni non nos notre nous " +
        "on ont ou oui par parce pareil pas peu peut peux plus plutot pour pourquoi pr presque puis qu quand que quel quelle quelles quels qui quoi rien s sa sans " +
        "se sera serai ses si sien son sont sous suis sur t ta tant te tellement tes toi ton toujours tous tout toute toutes tres trop tu un une vers via voila vos " +
        "votre vous vraiment y deux trois mdr lol svp stp genre ya vs " +
        "vais va vont allez aller allons devrait devraient doit doivent faut dit dire peut pouvez veux veut voir vu merci cote fois chose truc viens vient venir est-ce quelqu'un quelque quelques";

    private const string English =
        "a about above after again against all also am an and any are aren as at be because been before being below between both but by can cannot could " +
        "did do does doing don down during each else even ever every few for from further get gets got had has have having he her here hers him his how i if in " +
        "into is isn it its itself just let like me more most much my myself no nor not now of off on once only or other our ours out over own really same she " +
        "should so some still such than that the their theirs them then there these they this those through to too under until up us very was wasn we were what " +
        "when where which while who whom why will with won would yet you your yours im ive dont cant didnt doesnt thats its one two three lol pls via vs " +
        "going gonna want wants need needs make made say said see seen thanks thank ok okay anyone know knows";

    public static readonly IReadOnlySet<string> All = Build();

    public static bool Contains(string folded) => All.Contains(folded);

    private static HashSet<string> Build()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in (French + " " + English).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(TextFolding.Fold(word));
        }
        return words;
    }
}
