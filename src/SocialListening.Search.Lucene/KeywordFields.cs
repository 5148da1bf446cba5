using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SocialListening.Search.Lucene;

/// <summary>
/// The reusable fields of one keyword field name: one indexed field (and one doc value, when faceted) per value of the
/// current mention, grown to the most values a mention has had (brands and themes take several).
/// </summary>
internal sealed class KeywordFields(string name, bool faceted)
{
    private readonly List<(StringField Indexed, SortedSetDocValuesField? Value, BytesRef Bytes)> _slots = [];
    private int _used;

    public void Reset() => _used = 0;

    public void Add(string folded, List<IIndexableField> fields)
    {
        if (_used == _slots.Count)
        {
            var bytes = new BytesRef();
            _slots.Add((new StringField(name, "", Field.Store.NO), faceted ? new SortedSetDocValuesField(name, bytes) : null, bytes));
        }
        var (indexed, value, slotBytes) = _slots[_used++];
        indexed.SetStringValue(folded);
        fields.Add(indexed);
        if (value is not null)
        {
            // The doc value reads the bytes at AddDocument time, so they can be overwritten for the next mention.
            slotBytes.CopyChars(folded);
            fields.Add(value);
        }
    }
}
