namespace SocialListening.Analysis.Sentiment;

/// <summary>The kind letters that prefix feature names ("w:decu", "c:dec", "m:CAPS").</summary>
public static class FeatureKinds
{
    public const char Word = 'w';
    public const char Bigram = 'b';
    public const char CharNgram = 'c';
    public const char Hashtag = 'h';
    public const char Marker = 'm';

    /// <summary>How many normalisation groups there are; see <see cref="Group"/>.</summary>
    public const int Groups = 5;

    /// <summary>The normalisation group of a kind: words, pairs, character n-grams, hashtags, markers.</summary>
    public static int Group(char kind) => kind switch
    {
        Word => 0,
        Bigram => 1,
        CharNgram => 2,
        Hashtag => 3,
        _ => 4,
    };

    public static string Name(char kind, ReadOnlySpan<char> feature) => string.Concat([kind, ':'], feature);
}
