using SocialListening.Analysis.Text;

namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// Turns a post into sentiment features: words (with NEG_ inside a negation scope), word pairs, character n-grams
/// inside words, hashtags, emoji and emoticons, and markers (CAPS, ELONG, EMO_*, LEX_*). Stateless and
/// thread-safe; the same instance serves training, scoring and explanations.
/// </summary>
public sealed class SentimentFeaturizer(SentimentFeatureOptions options)
{
    private const int MaxFeatureLength = 128;
    private const int MaxGramWordLength = 40;
    private const string NegPrefix = "NEG_";
    private static readonly System.Buffers.SearchValues<char> EmoticonStarts =
        System.Buffers.SearchValues.Create([.. EmojiLexicon.Emoticons.Select(e => e.Text[0]).Distinct()]);

    public SentimentFeatureOptions Options => options;

    /// <summary>A sink that hashes this featuriser's output into vectors; one per thread.</summary>
    public HashingSink CreateSink() => new(options.HashBits, options.NormalizeByKind);

    /// <summary>A sink that scores this featuriser's output as it comes; one per thread.</summary>
    public ScoringSink CreateScoringSink() => new(options.HashBits, options.NormalizeByKind);

    public void Featurize(string text, IFeatureSink sink)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sink);
        text = SocialTextCleaner.Clean(text);
        if (options.Emoji)
        {
            AddEmoticons(text, sink);
        }
        var terms = Terms(text, sink);
        var termSink = sink as ITermSink;
        var bucketSink = sink as IBucketSink;
        var gramCache = sink as ICharNgramCache;
        // A buffer of the thread's, not a stackalloc: a method with a stackalloc and loops is compiled fully
        // optimised at once, without the profile that lets the JIT inline the sink's AddBucket behind a type check.
        var buffer = terms.Buffer.AsSpan();
        var previousForm = ReadOnlySpan<char>.Empty;
        for (var i = 0; i < terms.Count; i++)
        {
            ref readonly var term = ref terms.Items[i];
            var form = terms.Form(text, term);
            if (options.WordBigrams && i > 0)
            {
                if (bucketSink is not null && previousForm.Length + 1 + form.Length <= MaxFeatureLength)
                {
                    // The first word's part of the pair's hash was worked out with its facts.
                    bucketSink.AddBucket(FeatureKinds.Bigram, FeatureHashing.Finish(FeatureHashing.Extend(terms.Items[i - 1].Facts.PairStart, form), bucketSink.Mask));
                }
                else
                {
                    sink.Add(FeatureKinds.Bigram, Compose(buffer, previousForm, " ", form));
                }
            }
            previousForm = form;
            var bucket = term.Facts.WordBucket;
            if (bucketSink is not null && termSink is null && bucket >= 0 && !term.Negated)
            {
                // The word's bucket was worked out with its facts: no NEG_ to compose, nothing to hash.
                if (options.Words)
                {
                    bucketSink.AddBucket(FeatureKinds.Word, bucket);
                }
            }
            else
            {
                var word = term.Negated ? Compose(buffer, NegPrefix, "", form) : form;
                termSink?.BeginTerm(word.ToString());
                if (options.Words)
                {
                    sink.Add(FeatureKinds.Word, word);
                }
            }
            if (options.CharMin > 0 && term.Grams)
            {
                if (gramCache is not null)
                {
                    if (!gramCache.TryAddCharNgrams(term.Facts.GramKey))
                    {
                        gramCache.BeginCharNgrams();
                        AddCharNgramBuckets(form, gramCache, buffer);
                        gramCache.EndCharNgrams();
                    }
                }
                else if (bucketSink is not null)
                {
                    AddCharNgramBuckets(form, bucketSink, buffer);
                }
                else
                {
                    AddCharNgrams(form, sink, buffer);
                }
            }
            termSink?.BeginTerm(null);
        }
    }

    /// <summary>The features of a text by name ("w:decu", "c: de") with the word each came from (null for
    /// pairs, hashtags and markers), in the order produced, repeats included.</summary>
    public List<(string Feature, string? Term)> FeatureNames(string text)
    {
        var sink = new NamingSink();
        Featurize(text, sink);
        return sink.Names;
    }

    // The terms of the text being featurised on this thread, reused from text to text (featurising never nests,
    // and the terms do not leave Featurize).
    [ThreadStatic]
    private static TermBuffer? t_terms;

    // The terms come straight from the tokenizer's scan, with no list of tokens in between; a word whose facts the
    // sink remembers is taken from the text itself, without building its strings (see AddKnownWord).
    private TermBuffer Terms(string text, IFeatureSink sink)
    {
        var terms = t_terms ??= new TermBuffer();
        terms.Clear();
        var receiver = new TermReceiver(this, terms, sink, (sink as IWordFactsCache)?.WordFacts(options));
        SocialTokenizer.Scan(text, ref receiver);
        return terms;
    }

    private struct TermReceiver(SentimentFeaturizer featurizer, TermBuffer terms, IFeatureSink sink, WordTable<WordFacts>? memory)
        : SocialTokenizer.IReceiver
    {
        private bool _negated;

        public void Word(string text, int start, int end, bool isNumber, bool mayHaveApostrophe, bool plain)
        {
            if (isNumber)
            {
                terms.AddPlain("NUM");
                return;
            }
            // Most words: no apostrophe to split on and nothing beyond ASCII, where folding is lower-casing.
            if (memory is not null && !mayHaveApostrophe && (plain || System.Text.Ascii.IsValid(text.AsSpan(start, end - start))))
            {
                featurizer.AddAsciiWord(terms, text, start, end, plain, ref _negated, sink, memory);
                return;
            }
            var token = SocialTokenizer.MakeWord(text, start, end, isNumber, mayHaveApostrophe, plain);
            featurizer.AddWord(terms, token.Folded, token.Text, token.Elided, ref _negated, sink, memory);
        }

        public void Add(in Token token)
        {
            var options = featurizer.Options;
            switch (token.Kind)
            {
                case TokenKind.Url:
                    terms.AddPlain("URL");
                    break;
                case TokenKind.Mention:
                    terms.AddPlain("@USER");
                    break;
                case TokenKind.Number:
                    terms.AddPlain("NUM");
                    break;
                case TokenKind.Hashtag:
                    sink.Add(FeatureKinds.Hashtag, token.Folded);
                    if (options.HashtagSplit)
                    {
                        foreach (var part in HashtagSplitter.Split(token.Text))
                        {
                            featurizer.AddWord(terms, part, part, null, ref _negated, sink, memory);
                        }
                    }
                    else
                    {
                        featurizer.AddWord(terms, token.Folded, token.Folded, null, ref _negated, sink, memory);
                    }
                    break;
                case TokenKind.Emoji:
                    if (options.Emoji)
                    {
                        var emoji = EmojiLexicon.Base(token.Text);
                        terms.AddPlain(emoji);
                        AddPolarity(EmojiLexicon.Polarity(emoji), sink);
                    }
                    break;
                case TokenKind.Punctuation:
                    if (Negation.EndsScope(token.Text))
                    {
                        _negated = false;
                    }
                    if (token.Text is "!" or "?")
                    {
                        terms.AddPlain(token.Text);
                    }
                    break;
                default:
                    featurizer.AddWord(terms, token.Folded, token.Text, token.Elided, ref _negated, sink, memory);
                    break;
            }
        }
    }

    private void AddWord(TermBuffer terms, string folded, string original, string? elided, ref bool negated, IFeatureSink sink,
        WordTable<WordFacts>? memory)
    {
        // Without the elision split the form carries the elided article, so the facts are not the word's alone.
        var keptElision = elided is not null && !options.SplitElision ? elided : null;
        var facts = keptElision is not null ? Facts(folded, keptElision) : Facts(folded, memory);
        if (elided is not null && options.Negation && elided == "n" && !facts.IsUrl)
        {
            negated = true;
        }
        // Folding hands back the very same string when a word has no capital and no accent: nothing to shout then.
        var shouted = options.Caps && !ReferenceEquals(original, folded) && IsShouted(original);
        var form = facts.IsUrl ? "" : Form(folded, keptElision, facts);
        AddTerm(terms, terms.Copy(form), form.Length, false, facts, shouted, ref negated, sink);
    }

    // AddWord for an ASCII word without apostrophe whose facts the sink remembers, read from the text: folding is
    // lower-casing there, and a word without capitals is its own folded form, so a word seen before is scored
    // without a string (the tokenizer's strings and lists were about a quarter of the scorer's time).
    private void AddAsciiWord(TermBuffer terms, string text, int start, int end, bool plain, ref bool negated, IFeatureSink sink,
        WordTable<WordFacts> memory)
    {
        var original = text.AsSpan(start, end - start);
        var inText = plain;
        var formStart = plain ? start : terms.CopyLower(original);
        var folded = terms.Chars(text, inText, formStart, original.Length);
        var key = FeatureHashing.WordKey(folded);
        if (!memory.TryGet(key, out var facts))
        {
            facts = Facts(folded.ToString(), (string?)null, key);
            memory.Add(key, facts);
        }
        var formLength = folded.Length;
        if (facts.Elongated)
        {
            var form = ShortenRepeats(folded.ToString());
            formStart = terms.Copy(form);
            formLength = form.Length;
            inText = false;
        }
        AddTerm(terms, formStart, formLength, inText, facts, options.Caps && !plain && IsShouted(original), ref negated, sink);
    }

    // What follows from a word's facts once its form is in place: its markers, the negation scope and its term.
    private void AddTerm(TermBuffer terms, int formStart, int formLength, bool inText, in WordFacts facts, bool shouted, ref bool negated,
        IFeatureSink sink)
    {
        if (facts.IsUrl)
        {
            terms.AddPlain("URL");
            return;
        }
        if (facts.Elongated)
        {
            sink.Add(FeatureKinds.Marker, "ELONG");
        }
        if (shouted)
        {
            sink.Add(FeatureKinds.Marker, "CAPS");
        }
        var term = new Term(formStart, formLength, inText, false, true, facts);
        if (!options.Negation)
        {
            AddLexicon(facts.Polarity, false, sink);
            terms.Add(term);
            return;
        }
        if (facts.Breaker)
        {
            negated = false;
        }
        if (facts.Negator)
        {
            terms.Add(term);
            negated = true;
            return;
        }
        AddLexicon(facts.Polarity, negated, sink);
        terms.Add(term with { Negated = negated });
    }

    private WordFacts Facts(string folded, WordTable<WordFacts>? memory)
    {
        if (memory is null)
        {
            return Facts(folded, (string?)null);
        }
        var key = FeatureHashing.WordKey(folded);
        if (!memory.TryGet(key, out var facts))
        {
            facts = Facts(folded, (string?)null, key);
            memory.Add(key, facts);
        }
        return facts;
    }

    // Everything AddWord needs from a folded word (and the elided article kept on it when elisions are not split).
    private WordFacts Facts(string folded, string? keptElision, ulong foldedKey = 0)
    {
        if (folded is "http" or "https")
        {
            return new WordFacts(IsUrl: true, false, false, false, 0, -1, 0, 0);
        }
        var elongated = options.Elongation && !ReferenceEquals(ShortenRepeats(folded), folded);
        var form = Form(folded, keptElision, new WordFacts { Elongated = elongated });
        var polarity = options.Lexicon ? (sbyte)SentimentLexicon.Polarity(form) : (sbyte)0;
        return new WordFacts(IsUrl: false, elongated, Negation.IsNegator(folded), Negation.BreaksScope(folded), polarity,
            FeatureHashing.Bucket(FeatureKinds.Word, form, (1 << options.HashBits) - 1), FeatureHashing.PairStart(form),
            ReferenceEquals(form, folded) && foldedKey != 0 ? foldedKey : FeatureHashing.WordKey(form));
    }

    // The word as featurised: repeats shortened (only when the facts say there are some), elided article kept when
    // elisions are not split.
    private static string Form(string folded, string? keptElision, WordFacts facts)
    {
        var form = facts.Elongated ? ShortenRepeats(folded) : folded;
        return keptElision is null ? form : keptElision + "'" + form;
    }

    private static void AddLexicon(int polarity, bool negated, IFeatureSink sink)
    {
        if (polarity != 0)
        {
            sink.Add(FeatureKinds.Marker, (polarity > 0, negated) switch
            {
                (true, false) => "LEX_POS",
                (true, true) => "LEX_POS_NEGATED",
                (false, false) => "LEX_NEG",
                _ => "LEX_NEG_NEGATED",
            });
        }
    }

    private void AddCharNgrams(ReadOnlySpan<char> form, IFeatureSink sink, Span<char> buffer)
    {
        var padded = Padded(form, buffer);
        for (var n = options.CharMin; n <= options.CharMax; n++)
        {
            for (var start = 0; start + n <= padded.Length; start++)
            {
                sink.Add(FeatureKinds.CharNgram, padded.Slice(start, n));
            }
        }
    }

    // The same buckets in the same order as AddCharNgrams, but each start's hash state grows by one character per
    // n-gram length instead of every n-gram being hashed from its first character: a third of the hashing work.
    private void AddCharNgramBuckets(ReadOnlySpan<char> form, IBucketSink sink, Span<char> buffer)
    {
        var padded = Padded(form, buffer);
        Span<uint> states = stackalloc uint[MaxGramWordLength + 2];
        states = states[..padded.Length];
        states.Fill(FeatureHashing.Start(FeatureKinds.CharNgram));
        var mask = sink.Mask;
        for (var n = 1; n <= options.CharMax; n++)
        {
            for (var start = 0; start + n <= padded.Length; start++)
            {
                states[start] = FeatureHashing.Step(states[start], padded[start + n - 1]);
                if (n >= options.CharMin)
                {
                    sink.AddBucket(FeatureKinds.CharNgram, FeatureHashing.Finish(states[start], mask));
                }
            }
        }
    }

    // Padding with spaces marks the word's start and end, so "c: de" (a prefix) differs from "c:de" (inside).
    private static Span<char> Padded(ReadOnlySpan<char> form, Span<char> buffer)
    {
        var length = Math.Min(form.Length, MaxGramWordLength);
        var padded = buffer[..(length + 2)];
        padded[0] = ' ';
        form[..length].CopyTo(padded[1..]);
        padded[length + 1] = ' ';
        return padded;
    }

    private static void AddEmoticons(string text, IFeatureSink sink)
    {
        // An emoticon is a whole space-separated chunk (trimmed), so its chunk holds a character that can start one:
        // the vectorised search jumps from such character to the next, and only their chunks are looked at (most
        // texts have a few, in words with an x or after a colon), instead of every character being compared with a
        // space (8 % of the scorer's time).
        var next = 0;
        while (next < text.Length)
        {
            var found = text.AsSpan(next).IndexOfAny(EmoticonStarts);
            if (found < 0)
            {
                return;
            }
            var start = text.AsSpan(0, next + found).LastIndexOf(' ') + 1;
            var end = text.AsSpan(next + found).IndexOf(' ');
            end = end < 0 ? text.Length : next + found + end;
            next = end + 1;
            var raw = text.AsSpan(start, end - start);
            // Trimming cannot bring a chunk under 2 characters back, nor one over 4 with no whitespace at its ends.
            if (raw.Length < 2 || (raw.Length > 4 && !char.IsWhiteSpace(raw[0]) && !char.IsWhiteSpace(raw[^1])))
            {
                continue;
            }
            var chunk = raw.Trim();
            if (chunk.Length is < 2 or > 4 || !EmoticonStarts.Contains(chunk[0]))
            {
                continue;
            }
            foreach (var (emoticon, polarity) in EmojiLexicon.Emoticons)
            {
                if (chunk.SequenceEqual(emoticon))
                {
                    sink.Add(FeatureKinds.Word, emoticon);
                    AddPolarity(polarity, sink);
                    break;
                }
            }
        }
    }

    private static void AddPolarity(int polarity, IFeatureSink sink)
    {
        if (polarity != 0)
        {
            sink.Add(FeatureKinds.Marker, polarity > 0 ? "EMO_POS" : "EMO_NEG");
        }
    }

    private static bool IsShouted(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    /// <summary>Shortens runs of three or more identical characters to two; returns the same instance when none.</summary>
    public static string ShortenRepeats(string word)
    {
        var run = 1;
        var found = false;
        for (var i = 1; i < word.Length && !found; i++)
        {
            run = word[i] == word[i - 1] ? run + 1 : 1;
            found = run >= 3;
        }
        if (!found)
        {
            return word;
        }
        var builder = new System.Text.StringBuilder(word.Length);
        run = 0;
        for (var i = 0; i < word.Length; i++)
        {
            run = i > 0 && word[i] == word[i - 1] ? run + 1 : 1;
            if (run <= 2)
            {
                builder.Append(word[i]);
            }
        }
        return builder.ToString();
    }

    private static ReadOnlySpan<char> Compose(Span<char> buffer, ReadOnlySpan<char> a, ReadOnlySpan<char> separator, ReadOnlySpan<char> b)
    {
        var length = Append(buffer, 0, a);
        length = Append(buffer, length, separator);
        length = Append(buffer, length, b);
        return buffer[..length];
    }

    private static int Append(Span<char> buffer, int length, ReadOnlySpan<char> part)
    {
        var take = Math.Min(part.Length, buffer.Length - length);
        part[..take].CopyTo(buffer[length..]);
        return length + take;
    }

    // A term's form is the slice Start..Start+Length of the text (InText) or of its TermBuffer's characters, so a
    // term holds no reference: storing one needs no write barrier and clearing the buffer touches no memory.
    // Placeholders, emoji and punctuation have no n-grams and no facts of their own: bucket -1 says their word
    // feature is hashed where it is used.
    private readonly record struct Term(int Start, int Length, bool InText, bool Negated, bool Grams, WordFacts Facts)
    {
        public static Term Plain(int start, string form) =>
            new(start, form.Length, false, false, false, new WordFacts(false, false, false, false, 0, -1, FeatureHashing.PairStart(form), 0));
    }

    // The terms of one text and the characters of the forms that are not in the text (folded, shortened,
    // placeholders), kept per thread from text to text.
    private sealed class TermBuffer
    {
        private char[] _chars = new char[256];
        private int _charCount;

        public Term[] Items { get; private set; } = new Term[64];

        public int Count { get; private set; }

        /// <summary>Room to compose a feature (a word pair, NEG_ and a word, a padded word).</summary>
        public char[] Buffer { get; } = new char[MaxFeatureLength];

        public void Clear()
        {
            Count = 0;
            _charCount = 0;
        }

        public void Add(in Term term)
        {
            if (Count == Items.Length)
            {
                var items = Items;
                Array.Resize(ref items, Count * 2);
                Items = items;
            }
            Items[Count++] = term;
        }

        public void AddPlain(string form) => Add(Term.Plain(Copy(form), form));

        /// <summary>Where <paramref name="form"/> starts once copied to the characters.</summary>
        public int Copy(ReadOnlySpan<char> form)
        {
            var start = Reserve(form.Length, out var room);
            form.CopyTo(room);
            return start;
        }

        /// <summary>Where the lower-case copy of an ASCII word starts (lower-casing is folding for ASCII).</summary>
        public int CopyLower(ReadOnlySpan<char> ascii)
        {
            var start = Reserve(ascii.Length, out var room);
            System.Text.Ascii.ToLower(ascii, room, out _);
            return start;
        }

        public ReadOnlySpan<char> Form(string text, in Term term) => Chars(text, term.InText, term.Start, term.Length);

        public ReadOnlySpan<char> Chars(string text, bool inText, int start, int length) =>
            inText ? text.AsSpan(start, length) : _chars.AsSpan(start, length);

        private int Reserve(int length, out Span<char> room)
        {
            if (_charCount + length > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
            }
            var start = _charCount;
            _charCount += length;
            room = _chars.AsSpan(start, length);
            return start;
        }
    }

    private sealed class NamingSink : ITermSink
    {
        private string? _term;

        public List<(string Feature, string? Term)> Names { get; } = [];

        public void BeginTerm(string? term) => _term = term;

        public void Add(char kind, ReadOnlySpan<char> feature) => Names.Add((FeatureKinds.Name(kind, feature), _term));
    }
}
