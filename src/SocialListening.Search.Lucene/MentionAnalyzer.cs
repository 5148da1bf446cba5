using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using SocialListening.Core.Mentions;

namespace SocialListening.Search.Lucene;

/// <summary>
/// The analysis of every field. Full text goes to the field of its language (both for an unknown language, see
/// FullTextLanguages) and queries search both fields, so a query finds a mention whatever language it is in and
/// whatever form the user typed: "retards" finds "Retard" (French light stemming), "deliveries" finds "delivery"
/// (English minimal stemming), "l'opérateur" finds "operateur" (elision, accent folding).
/// Keyword fields are compared lower-cased and accent-free, as a whole.
/// </summary>
internal static class MentionAnalyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create()
    {
        var french = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new LowerCaseFilter(Version, stream);
            // Fold before stemming so that "opérateur" and "operateur" take the same path through the stemmer.
            stream = new ASCIIFoldingFilter(stream);
            stream = new FrenchLightStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        });
        var english = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
            stream = new LowerCaseFilter(Version, stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new EnglishMinimalStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        });
        var keyword = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new KeywordTokenizer(reader);
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        });

        var perField = new Dictionary<string, Analyzer>
        {
            [IndexFields.TextFr] = french,
            [IndexFields.TextEn] = english,
            [MentionFields.Title] = french,
        };
        foreach (var field in MentionFields.Keywords)
        {
            perField[field] = keyword;
        }
        perField[IndexFields.Key] = keyword;
        return new PerFieldAnalyzerWrapper(french, perField);
    }
}
