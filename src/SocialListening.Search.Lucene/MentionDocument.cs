using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Text;

namespace SocialListening.Search.Lucene;

/// <summary>
/// Maps a mention to its Lucene fields and back (the stored JSON is the source of truth for reading).
/// The fields are instances kept from one mention to the next, as Lucene advises: a new Field per value builds a new
/// token stream, with its attributes, for every value of every mention; a reused Field keeps its stream. The list
/// returned by <see cref="Fields"/> holds only the fields of this mention, so nothing of the previous one can leak
/// in, and it is valid until the next call: one instance per writing thread, used only during AddDocument.
/// </summary>
internal sealed class MentionDocument
{
    private static readonly HashSet<string> Faceted = new(StringComparer.Ordinal)
    {
        MentionFields.Source, MentionFields.Lang, MentionFields.Brand, MentionFields.Theme, MentionFields.Sentiment,
        MentionFields.Stage, MentionFields.Complaint, MentionFields.Author,
        MentionFields.ThemeSentiment, MentionFields.Duplicate, MentionFields.Spam,
    };

    private readonly List<IIndexableField> _fields = new(48);
    private readonly StringField _key = new(IndexFields.Key, "", Field.Store.NO);
    private readonly BytesRef _keyBytes = new();
    private readonly SortedDocValuesField _keyValue;
    private readonly BytesRef _sourceBytes = new();
    private readonly StoredField _source;
    private readonly ArrayBufferWriter<byte> _json = new(4096);
    private readonly Utf8JsonWriter _jsonWriter;
    private readonly TextField _textFr = new(IndexFields.TextFr, "", Field.Store.NO);
    private readonly TextField _textEn = new(IndexFields.TextEn, "", Field.Store.NO);
    private readonly Dictionary<string, KeywordFields> _keywords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Int64Field> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (NumericDocValuesField Value, Int64Field Bucket)> _bucketed = new(StringComparer.Ordinal);

    public MentionDocument()
    {
        _keyValue = new SortedDocValuesField(IndexFields.Key, _keyBytes);
        _source = new StoredField(IndexFields.Source, _sourceBytes);
        _jsonWriter = new Utf8JsonWriter(_json, MentionJson.WriterOptions);
    }

    public static string KeyOf(Mention mention) => mention.Key.ToString();

    // The source is stored as UTF-8 bytes; indexes written before that stored it as text, and both read back the same.
    public static Mention Read(Document document)
    {
        var source = document.GetField(IndexFields.Source);
        return source.GetBinaryValue() is { } bytes
            ? MentionJson.Deserialize(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length))
            : MentionJson.Deserialize(source.GetStringValue());
    }

    /// <param name="key">The mention's <see cref="KeyOf"/>, which the caller has already computed.</param>
    public IReadOnlyList<IIndexableField> Fields(Mention m, string key)
    {
        _fields.Clear();
        foreach (var keyword in _keywords.Values)
        {
            keyword.Reset();
        }
        _key.SetStringValue(key);
        _keyBytes.CopyChars(key);
        SetSource(m);
        _fields.Add(_key);
        _fields.Add(_keyValue);
        _fields.Add(_source);

        var fullText = string.IsNullOrEmpty(m.Title) ? m.Text : m.Title + "\n" + m.Text;
        // One analysis per language known (FullTextLanguages): analysing every text twice was the largest write cost.
        var (french, english) = FullTextLanguages.For(m.Lang);
        if (french)
        {
            _textFr.SetStringValue(fullText);
            _fields.Add(_textFr);
        }
        if (english)
        {
            _textEn.SetStringValue(fullText);
            _fields.Add(_textEn);
        }

        AddKeyword(MentionFields.Id, m.Id);
        AddKeyword(MentionFields.Source, m.Source);
        AddKeyword(MentionFields.Url, m.Url);
        AddKeyword(MentionFields.Author, m.Author);
        AddKeyword(MentionFields.Lang, m.Lang ?? "und");
        foreach (var brand in m.Enrichment.Brands.Distinct())
        {
            AddKeyword(MentionFields.Brand, brand);
        }
        foreach (var theme in m.Enrichment.Themes.Distinct())
        {
            AddKeyword(MentionFields.Theme, theme);
        }
        AddKeyword(MentionFields.Sentiment, m.Enrichment.Sentiment?.Name());
        AddKeyword(MentionFields.Stage, m.Enrichment.Stage?.Name());
        AddKeyword(MentionFields.Complaint, m.Enrichment.Complaint is { } c ? (c ? "true" : "false") : null);
        foreach (var (theme, sentiment) in m.Enrichment.ThemeSentiments)
        {
            AddKeyword(MentionFields.ThemeSentiment, theme + ":" + sentiment.Name());
        }
        AddKeyword(MentionFields.Story, m.Enrichment.StoryId);
        AddKeyword(MentionFields.Duplicate, m.Enrichment.Duplicate is { } d ? (d ? "true" : "false") : null);
        AddKeyword(MentionFields.Spam, m.Enrichment.Spam is { } spam ? (spam ? "true" : "false") : null);

        AddDate(MentionFields.PublishedAt, m.PublishedAt.ToUnixTimeMilliseconds());
        if (m.CollectedAt is { } collected)
        {
            AddDate(MentionFields.CollectedAt, collected.ToUnixTimeMilliseconds());
        }
        AddCount(MentionFields.Likes, m.Likes);
        AddCount(MentionFields.Shares, m.Shares);
        AddCount(MentionFields.Replies, m.Replies);
        if (m.AuthorFollowers is { } followers)
        {
            AddCount(MentionFields.AuthorFollowers, followers);
        }
        if (m.Rating is { } rating)
        {
            AddCount(MentionFields.Rating, rating);
        }
        if (m.Enrichment.Risk is { } risk && !double.IsNaN(risk))
        {
            AddScore(MentionFields.Risk, risk);
        }
        if (m.Enrichment.SentimentScore is { } score && !double.IsNaN(score))
        {
            AddScore(MentionFields.SentimentScore, score);
        }
        return _fields;
    }

    // Straight to UTF-8, which is what the stored-fields writer keeps: a JSON string would be built, then encoded again.
    private void SetSource(Mention m)
    {
        _json.ResetWrittenCount();
        _jsonWriter.Reset(_json);
        MentionJson.Serialize(m, _jsonWriter);
        _jsonWriter.Flush();
        if (!MemoryMarshal.TryGetArray(_json.WrittenMemory, out var written))
        {
            throw new InvalidOperationException("ArrayBufferWriter is backed by an array.");
        }
        _sourceBytes.Bytes = written.Array!;
        _sourceBytes.Offset = written.Offset;
        _sourceBytes.Length = written.Count;
    }

    private void AddKeyword(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        if (!_keywords.TryGetValue(field, out var fields))
        {
            _keywords[field] = fields = new KeywordFields(field, Faceted.Contains(field));
        }
        fields.Add(TextFolding.Fold(value), _fields);
    }

    // Counts are indexed for ranges (NumericPrecision) and read from the stored source; no search sorts by them.
    private void AddCount(string field, long value)
    {
        if (!_counts.TryGetValue(field, out var indexed))
        {
            _counts[field] = indexed = new Int64Field(field, 0, NumericPrecision.CountType);
        }
        indexed.SetInt64Value(value);
        _fields.Add(indexed);
    }

    private void AddDate(string field, long milliseconds) =>
        AddBucketed(field, milliseconds, NumericPrecision.DateBucket(milliseconds));

    // A double is kept as its bits, as DoubleDocValuesField keeps it, so that the sort by risk reads it back.
    private void AddScore(string field, double score) =>
        AddBucketed(field, BitConverter.DoubleToInt64Bits(score), NumericPrecision.ScoreBucket(score));

    // Dates and scores are a doc value (sorts, date histograms and the ends of ranges read it) and a bucket term
    // (NumericPrecision). Lucene.NET's numeric doc-values writer measures its bit set by reflection after every value
    // (RamUsageEstimator.SizeOf(object)): with nine numeric doc-values fields that was 5 % of the import's CPU, which is
    // why counts have none.
    private void AddBucketed(string field, long value, long bucket)
    {
        if (!_bucketed.TryGetValue(field, out var pair))
        {
            _bucketed[field] = pair = (new NumericDocValuesField(field, 0), new Int64Field(NumericPrecision.BucketField(field), 0, NumericPrecision.CountType));
        }
        pair.Value.SetInt64Value(value);
        pair.Bucket.SetInt64Value(bucket);
        _fields.Add(pair.Value);
        _fields.Add(pair.Bucket);
    }
}
