namespace DemoCorpus;

/// <summary>How people write a demo brand's name, and what its products are called.</summary>
public sealed record BrandProfile(
    string Id,
    string Name,
    string[] Handles,
    string[] Hashtags,
    string[] LongForms,
    string AppName,
    string BoxName,
    string[] Offers,
    string[] EnglishOffers)
{
    public static readonly BrandProfile Mandarine = new(
        "mandarine", "Mandarine", ["@Mandarine_FR", "@Mandarine_Aide"], ["#Mandarine", "#MandarineFR"],
        ["Mandarine Telecom", "Mandarine Mobile"], "Mandarine & Moi", "la Box Mandarine",
        ["le forfait Solo 100 Go", "le forfait Pulse 5G", "l'offre Famille", "la Box Mandarine Fibre"],
        ["the Solo 100 GB plan", "the Pulse 5G plan", "the Family plan"]);

    public static readonly BrandProfile Vireo = new(
        "vireo", "Vireo", ["@Vireo_Mobile", "@VireoCare"], ["#Vireo", "#VireoMobile"],
        ["Vireo Mobile", "Viréo"], "Vireo+", "la box Vireo",
        ["le forfait Vireo 5G 150 Go", "le forfait Vireo Libre", "l'offre Fibre Max", "le forfait Vireo Voyage"],
        ["the Vireo 5G 150 GB plan", "the Vireo Travel plan", "the Vireo Libre plan"]);

    public static readonly BrandProfile Kalix = new(
        "kalix", "Kalix", ["@Kalix_fr", "@KalixSupport"], ["#Kalix"],
        ["Kalix Telecom", "Kalix Mobile"], "Kalix Espace Client", "la box Kalix",
        ["le forfait Kalix 9,99 €", "le forfait Kalix 60 Go", "l'offre Kalix Fibre", "le forfait Kalix Mini"],
        ["the Kalix €9.99 plan", "the Kalix 60 GB plan", "the Kalix Mini plan"]);

    public static readonly IReadOnlyList<BrandProfile> All = [Mandarine, Vireo, Kalix];
}
