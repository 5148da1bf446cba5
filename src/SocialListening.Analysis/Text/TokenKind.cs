namespace SocialListening.Analysis.Text;

public enum TokenKind
{
    Word,
    Number,
    Hashtag,
    Mention,
    Url,
    Emoji,
    Punctuation,
}
