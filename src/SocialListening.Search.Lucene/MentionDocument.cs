using Lucene.Net.Documents;
using Lucene.Net.Util;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Text;

namespace SocialListening.Search.Lucene;

/// <summary>Maps a mention to its Lucene document and back (the stored JSON is the source of truth for reading).</summary>
internal static class MentionDocument
{
    private static readonly HashSet<string> Faceted = new(StringComparer.Ordinal)
    {
        MentionFields.Source, MentionFields.Lang, MentionFields.Brand, MentionFields.Theme, MentionFields.Sentiment,
        MentionFields.Stage, MentionFields.Complaint, MentionFields.Author,
        MentionFields.ThemeSentiment, MentionFields.Duplicate, MentionFields.Spam,
    };

    public static string KeyOf(Mention mention) => mention.Key.ToString();

    public static Document Create(Mention m)
    {
        var doc = new Document
        {
            new StringField(IndexFields.Key, KeyOf(m), Field.Store.NO),
            new SortedDocValuesField(IndexFields.Key, new BytesRef(KeyOf(m))),
            new StoredField(IndexFields.Source, MentionJson.Serialize(m)),
        };
        var fullText = string.IsNullOrEmpty(m.Title) ? m.Text : m.Title + "\n" + m.Text;
        // One analysis per language known (FullTextLanguages): analysing every text twice was the largest write cost.
        var (french, english) = FullTextLanguages.For(m.Lang);
        if (french)
        {
            doc.Add(new TextField(IndexFields.TextFr, fullText, Field.Store.NO));
        }
        if (english)
        {
            doc.Add(new TextField(IndexFields.TextEn, fullText, Field.Store.NO));
        }

        AddKeyword(doc, MentionFields.Id, m.Id);
        AddKeyword(doc, MentionFields.Source, m.Source);
        AddKeyword(doc, MentionFields.Url, m.Url);
        AddKeyword(doc, MentionFields.Author, m.Author);
        AddKeyword(doc, MentionFields.Lang, m.Lang ?? "und");
        foreach (var brand in m.Enrichment.Brands.Distinct())
        {
            AddKeyword(doc, MentionFields.Brand, brand);
        }
        foreach (var theme in m.Enrichment.Themes.Distinct())
        {
            AddKeyword(doc, MentionFields.Theme, theme);
        }
        AddKeyword(doc, MentionFields.Sentiment, m.Enrichment.Sentiment?.Name());
        AddKeyword(doc, MentionFields.Stage, m.Enrichment.Stage?.Name());
        AddKeyword(doc, MentionFields.Complaint, m.Enrichment.Complaint is { } c ? (c ? "true" : "false") : null);
        foreach (var (theme, sentiment) in m.Enrichment.ThemeSentiments)
        {
            AddKeyword(doc, MentionFields.ThemeSentiment, theme + ":" + sentiment.Name());
        }
        AddKeyword(doc, MentionFields.Story, m.Enrichment.StoryId);
        AddKeyword(doc, MentionFields.Duplicate, m.Enrichment.Duplicate is { } d ? (d ? "true" : "false") : null);
        AddKeyword(doc, MentionFields.Spam, m.Enrichment.Spam is { } spam ? (spam ? "true" : "false") : null);

        AddLong(doc, MentionFields.PublishedAt, m.PublishedAt.ToUnixTimeMilliseconds());
        if (m.CollectedAt is { } collected)
        {
            AddLong(doc, MentionFields.CollectedAt, collected.ToUnixTimeMilliseconds());
        }
        AddLong(doc, MentionFields.Likes, m.Likes);
        AddLong(doc, MentionFields.Shares, m.Shares);
        AddLong(doc, MentionFields.Replies, m.Replies);
        if (m.AuthorFollowers is { } followers)
        {
            AddLong(doc, MentionFields.AuthorFollowers, followers);
        }
        if (m.Rating is { } rating)
        {
            AddLong(doc, MentionFields.Rating, rating);
        }
        if (m.Enrichment.Risk is { } risk)
        {
            AddDouble(doc, MentionFields.Risk, risk);
        }
        if (m.Enrichment.SentimentScore is { } score)
        {
            AddDouble(doc, MentionFields.SentimentScore, score);
        }
        return doc;
    }

    public static Mention Read(Document document) => MentionJson.Deserialize(document.Get(IndexFields.Source));

    private static void AddKeyword(Document doc, string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        var folded = TextFolding.Fold(value);
        doc.Add(new StringField(field, folded, Field.Store.NO));
        if (Faceted.Contains(field))
        {
            doc.Add(new SortedSetDocValuesField(field, new BytesRef(folded)));
        }
    }

    private static void AddLong(Document doc, string field, long value)
    {
        doc.Add(new Int64Field(field, value, NumericPrecision.Int64TypeFor(field)));
        doc.Add(new NumericDocValuesField(field, value));
    }

    private static void AddDouble(Document doc, string field, double value)
    {
        doc.Add(new DoubleField(field, value, NumericPrecision.DoubleType));
        doc.Add(new DoubleDocValuesField(field, value));
    }
}
