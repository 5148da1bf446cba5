using System.Text;
using Lingua;
using SocialListening.Analysis.Text;
using LinguaLanguage = Lingua.Language;
using LinguaDetector = Lingua.LanguageDetector;

namespace SocialListening.Analysis.Language;

/// <summary>
/// Detects the language of a post among a configured few (default French and English) with Lingua, after removing
/// what says nothing about language (links, @mentions, emoji, hashtag signs). Returns an ISO 639-1 code, or "und"
/// when the text has too few letters or the best language is not confident enough. Between French and English
/// alone, clear cases are settled by <see cref="FrenchEnglishCues"/> first. Thread-safe.
/// </summary>
public sealed class LanguageDetector
{
    public const string Undetermined = "und";
    public static readonly IReadOnlyList<string> DefaultLanguages = ["fr", "en"];

    private readonly LinguaDetector _detector;
    private readonly double _minimumConfidence;
    private readonly int _minimumLetters;

    private readonly bool _frenchOrEnglish;

    private LanguageDetector(LinguaDetector detector, double minimumConfidence, int minimumLetters, bool frenchOrEnglish)
    {
        _frenchOrEnglish = frenchOrEnglish;
        _detector = detector;
        _minimumConfidence = minimumConfidence;
        _minimumLetters = minimumLetters;
    }

    /// <summary>A detector restricted to <paramref name="languages"/> (ISO 639-1 codes, at least two).</summary>
    public static LanguageDetector Create(IEnumerable<string>? languages = null, double minimumConfidence = 0.6, int minimumLetters = 3)
    {
        var codes = (languages ?? DefaultLanguages).Select(l => l.Trim().ToLowerInvariant()).Distinct().ToList();
        var linguaLanguages = codes.Select(ToLingua).ToArray();
        if (linguaLanguages.Length < 2)
        {
            throw new ArgumentException("Language detection needs at least two languages to choose from.", nameof(languages));
        }
        var detector = LanguageDetectorBuilder.FromLanguages(linguaLanguages).WithPreloadedLanguageModels().Build();
        var frenchOrEnglish = codes.Count == 2 && codes.Contains("fr") && codes.Contains("en");
        return new LanguageDetector(detector, minimumConfidence, minimumLetters, frenchOrEnglish);
    }

    public IReadOnlyList<string> Languages => _detector.Languages.Select(l => l.IsoCode6391().ToString().ToLowerInvariant()).ToList();

    public string Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Undetermined;
        }
        text = SocialTextCleaner.Clean(text);
        // One pass over the tokens counts letters and cues; the text for Lingua is only built when Lingua is asked.
        using var lease = SocialTokenizer.Borrow(text);
        var tokens = lease.Tokens;
        var letters = 0;
        var cues = default(CueCounts);
        foreach (var token in tokens)
        {
            if (!IsLinguistic(token))
            {
                continue;
            }
            cues = cues.Add(token);
            if (token.Kind != TokenKind.Punctuation)
            {
                letters += CountLetters(token.Text);
            }
        }
        if (letters < _minimumLetters)
        {
            return Undetermined;
        }
        if (_frenchOrEnglish && FrenchEnglishCues.Decide(cues) is { } quick)
        {
            return quick;
        }
        var confidences = _detector.ComputeLanguageConfidenceValues(LinguisticContent(text, tokens));
        var best = confidences.FirstOrDefault();
        if (best.Key == LinguaLanguage.Unknown || best.Value < _minimumConfidence)
        {
            return Undetermined;
        }
        return best.Key.IsoCode6391().ToString().ToLowerInvariant();
    }

    // Words, hashtags and punctuation say something about the language; links (and the "http" left of masked ones),
    // @mentions, numbers and emoji do not.
    private static bool IsLinguistic(in Token token) => token.Kind switch
    {
        TokenKind.Word => !token.Folded.StartsWith("http", StringComparison.Ordinal) || token.Folded.Length > 5,
        TokenKind.Hashtag or TokenKind.Punctuation => true,
        _ => false,
    };

    private static int CountLetters(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters;
    }

    private static string LinguisticContent(string text, List<Token> tokens)
    {
        var builder = new StringBuilder(text.Length);
        var last = 0;
        foreach (var token in tokens)
        {
            if (!IsLinguistic(token))
            {
                continue;
            }
            // Keep the elided article or pronoun with its apostrophe ("l'appli"), drop the sign of hashtags.
            var start = token.Kind == TokenKind.Hashtag ? token.Start + 1 : token.Start;
            var elision = token.Elided is null ? 0 : token.Elided.Length + 1;
            start = Math.Max(last, start - elision);
            builder.Append(' ').Append(text, start, token.Start + token.Text.Length - start);
            last = token.Start + token.Text.Length;
        }
        return builder.ToString();
    }

    private static LinguaLanguage ToLingua(string code)
    {
        if (Enum.TryParse<IsoCode6391>(code, ignoreCase: true, out var iso) && iso != IsoCode6391.None)
        {
            return LanguageInfo.GetByIsoCode6391(iso);
        }
        throw new ArgumentException($"Unknown language code '{code}' (expected ISO 639-1, such as fr or en).", nameof(code));
    }
}
