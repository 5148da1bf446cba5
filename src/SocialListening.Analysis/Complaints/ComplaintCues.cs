using SocialListening.Analysis.TextClassification;

namespace SocialListening.Analysis.Complaints;

/// <summary>
/// Words and phrases that signal a breach of expectations, English and French (folded, so without accents), mapped
/// to shared cue tokens. The English tweets teach the model what a cue weighs; the shared token carries it to French.
/// </summary>
public static class ComplaintCues
{
    public static readonly CueLexicon Lexicon = new CueLexicon()
        .Add("wait", "waiting", "still waiting", "wait*", "j'attends", "attends", "attend", "attente", "toujours pas", "toujours rien", "still not", "still no", "yet to", "since yesterday", "depuis hier", "depuis * jours")
        .Add("still", "still", "again", "toujours", "encore", "once again", "for the * time", "pour la * fois")
        .Add("broken", "broken", "broke", "not working", "doesnt work", "doesn't work", "dont work", "stopped working", "crash*", "bug*", "glitch*", "outage", "down", "error", "faulty", "defective", "damaged", "casse*", "panne", "hs", "plante", "marche pas", "marche plus", "fonctionne pas", "fonctionne plus", "defectueu*", "abime*", "erreur", "coupe*", "coupure")
        .Add("refund", "refund*", "money back", "charged", "overcharged", "twice", "double charged", "rembourse*", "preleve*", "prelevement", "debite*", "facture*", "frais")
        .Add("bad", "worst", "terrible", "awful", "horrible", "disgusting", "ridiculous", "unacceptable", "pathetic", "useless", "joke", "shame", "disgrace", "appalling", "rubbish", "trash", "sucks", "scam", "pire", "nul", "nulle", "honte", "honteux", "scandale*", "inadmissible", "inacceptable", "intolerable", "ridicule", "lamentable", "catastrophe", "arnaque", "vol", "n'importe quoi", "marre", "insupportable", "decu*", "degoute*", "disappointed", "disappointing", "fed up", "sick of")
        .Add("late", "late", "delay*", "delayed", "cancelled", "canceled", "missed", "retard*", "annule*", "supprime*", "rate", "jamais recu", "never received", "never arrived", "not arrived", "hasnt arrived", "n'est pas arrive", "pas recu", "perdu", "lost", "missing", "manque*", "disparu")
        .Add("service", "customer service", "service client", "support", "hotline", "no response", "no reply", "aucune reponse", "pas de reponse", "ne repond", "injoignable", "hung up", "raccroche*", "on hold", "nobody", "personne")
        .Add("why", "why", "pourquoi", "how come", "what's going on", "c'est quoi")
        .Add("fix", "fix", "sort it", "sort this", "resolve", "reparer", "regler", "resoudre", "help", "aide", "aidez")
        .Add("anger", "😡", "😠", "🤬", "👎", "😤", "🙄", "😒", "😩", "😫", "💩");
}
