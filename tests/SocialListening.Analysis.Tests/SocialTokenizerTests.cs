using SocialListening.Analysis.Text;

namespace SocialListening.Analysis.Tests;

public class SocialTokenizerTests
{
    [Theory]
    [InlineData("L'appli ne marche pas", "appli|ne|marche|pas")]
    [InlineData("qu'il arrive aujourd'hui", "il|arrive|aujourd'hui")]
    [InlineData("#PanneRéseau chez @Mandarine_FR", "pannereseau|chez|mandarine_fr")]
    [InlineData("voir https://example.org/a?b=1. merci", "voir|https://example.org/a?b=1|merci")]
    [InlineData("c'est nuuuul 😡😡", "est|nuuuul|😡|😡")]
    [InlineData("peut-être 12,5 €", "peut-etre|12,5|€")]
    public void Splits_social_text_into_folded_tokens(string text, string expected)
    {
        var tokens = SocialTokenizer.Tokenize(text);
        Assert.Equal(expected, string.Join("|", tokens.Where(t => t.Kind != TokenKind.Punctuation || t.Text == "€").Select(t => t.Folded)));
    }

    [Fact]
    public void Elisions_are_kept_on_the_word_and_kinds_are_set()
    {
        var tokens = SocialTokenizer.Tokenize("J'adore #Vireo @bob 👍🏽 http://x.fr");

        Assert.Equal("j", tokens[0].Elided);
        Assert.Equal(TokenKind.Hashtag, tokens[1].Kind);
        Assert.Equal(TokenKind.Mention, tokens[2].Kind);
        Assert.Equal(TokenKind.Emoji, tokens[3].Kind);
        Assert.Equal("👍🏽", tokens[3].Text);
        Assert.Equal(TokenKind.Url, tokens[4].Kind);
    }

    // The characters that fold to an apostrophe and join a word, inside it (elision) and ending it (only the
    // letter-like 'ʼ' can), since the tokenizer looks for elisions only in words that have one of them.
    [Theory]
    [InlineData("J’adore", "adore", "j", "adore")]
    [InlineData("Dʼaccord", "accord", "d", "accord")]
    [InlineData("quʼ", "qu", null, "quʼ")]
    [InlineData("don't", "don't", null, "don't")]
    [InlineData("Decu", "decu", null, "Decu")]
    public void Apostrophes_of_every_kind_split_elisions_and_are_trimmed_at_the_end(string text, string folded, string? elided, string word)
    {
        var token = Assert.Single(SocialTokenizer.Tokenize(text));

        Assert.Equal(folded, token.Folded);
        Assert.Equal(elided, token.Elided);
        Assert.Equal(word, token.Text);
    }

    // Words are remembered per thread (WordMemory): the second time a word is met it must make the same token, at its
    // own position, as the first time, where its strings were built.
    [Fact]
    public void A_word_met_again_makes_the_same_token_as_the_first_time_at_its_own_position()
    {
        string[] texts =
        [
            "L'appli de Mandarine plante, l'appli PLANTE encore", "Qu'il attende : 3,5 jours, l'Opérateur répond pas",
            "x l'appli 3,5 Qu'il aujourd'hui Opérateur", "don't stop, DON'T", "quʼ Dʼaccord dʼaccord",
        ];
        List<Token>[] first = [], again = [];
        var thread = new Thread(() =>
        {
            first = [.. texts.Select(SocialTokenizer.Tokenize)];
            again = [.. texts.Select(SocialTokenizer.Tokenize)];
        });
        thread.Start();
        thread.Join();

        Assert.Equal(first, again);
        var appli = first[2].Single(t => t.Folded == "appli");
        Assert.Equal((4, "l", "appli"), (appli.Start, appli.Elided, appli.Text));
        Assert.Equal(("Opérateur", "operateur"), (first[1].Single(t => t.Elided == "l").Text, first[1].Single(t => t.Elided == "l").Folded));
        Assert.Equal(TokenKind.Number, first[2][2].Kind);
    }

    [Fact]
    public void A_borrowed_list_holds_the_text_s_tokens_and_nested_leases_do_not_share_a_list()
    {
        const string text = "L'appli plante encore, @Vireo #panne 😡 https://x.fr";
        List<Token> first;
        using (var outer = SocialTokenizer.Borrow(text))
        {
            using var inner = SocialTokenizer.Borrow("autre texte");
            Assert.NotSame(outer.Tokens, inner.Tokens);
            Assert.Equal(SocialTokenizer.Tokenize(text), outer.Tokens);
            Assert.Equal(["autre", "texte"], inner.Tokens.Select(t => t.Folded));
            first = outer.Tokens;
        }

        using var again = SocialTokenizer.Borrow("deux mots");
        // A list given back is reused, emptied of the text before.
        Assert.Same(first, again.Tokens);
        Assert.Equal(["deux", "mots"], again.Tokens.Select(t => t.Folded));
    }

    [Fact]
    public void Punctuation_tokens_carry_their_mark_and_position()
    {
        var tokens = SocialTokenizer.Tokenize("non! vraiment?… «bof»");

        Assert.Equal(["!", "?", "…", "«", "»"], tokens.Where(t => t.Kind == TokenKind.Punctuation).Select(t => t.Text));
        Assert.All(tokens.Where(t => t.Kind == TokenKind.Punctuation), t => Assert.Equal(t.Text, t.Folded));
        Assert.Equal(3, tokens[1].Start);
    }

    [Fact]
    public void Invisible_and_bidi_characters_do_not_split_or_hide_words()
    {
        var tokens = SocialTokenizer.Tokenize("pa\u200Bnne \u202Ereseau\u202C");
        Assert.Contains(tokens, t => t.Folded == "reseau");
    }
}
