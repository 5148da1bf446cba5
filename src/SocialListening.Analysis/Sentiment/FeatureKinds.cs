namespace SocialListening.Analysis.Sentiment;

/// <summary>The kind letters that prefix feature names ("w:decu", "c:dec", "m:CAPS").</summary>
public static class FeatureKinds
{
    public const char Word = 'w';
    public const char Bigram = 'b';
    public const char CharNgram = 'c';
    public const char Hashtag = 'h';
    public const char Marker = 'm';

    public static string Name(char kind, ReadOnlySpan<char> feature) => string.Concat([kind, ':'], feature);
}
