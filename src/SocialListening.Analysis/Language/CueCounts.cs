using SocialListening.Analysis.Text;

namespace SocialListening.Analysis.Language;

/// <summary>
/// The French and English cues of a text, added token by token (<see cref="FrenchEnglishCues"/> decides on them).
/// French marks are elisions and accented letters, kept apart from function words because a single one is weak
/// evidence: place names and loanwords carry them into English ("Besançon", "café").
/// </summary>
public readonly record struct CueCounts(int FrenchWords, int FrenchMarks, int EnglishWords, int Words)
{
    public int French => FrenchWords + FrenchMarks;

    /// <summary>These counts plus the cues of <paramref name="token"/>; hashtags count as the words they spell ("#merci").</summary>
    public CueCounts Add(in Token token)
    {
        if (token.Kind is not (TokenKind.Word or TokenKind.Hashtag))
        {
            return this;
        }
        var mark = token.Elided is not null || FrenchEnglishCues.HasFrenchLetter(token.Text) ? 1 : 0;
        return FrenchEnglishCues.IsFrenchWord(token.Folded)
            ? new(FrenchWords + 1, FrenchMarks + mark, EnglishWords, Words + 1)
            : new(FrenchWords, FrenchMarks + mark, EnglishWords + (FrenchEnglishCues.IsEnglishWord(token.Folded) ? 1 : 0), Words + 1);
    }
}
