using Microsoft.ML;
using Microsoft.ML.Data;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// Scores a batch of rows through a model in one pass: a data view over the batch and one cursor. Measured on the
/// complaint model (6,000 demo texts, batches of 1,000, after warm-up, three rounds): 35-44 µs wall and 45-76 µs CPU
/// per text against 46-57 µs wall and 71-91 µs CPU for a PredictionEngine call per text, with the same scores; the
/// transformer is thread-safe, so callers need no engine pool.
/// </summary>
internal static class BatchScoring
{
    public static T[] Column<TRow, T>(MLContext ml, ITransformer model, DataViewSchema inputSchema, IReadOnlyList<TRow> rows, string column)
        where TRow : class
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var scored = model.Transform(ml.Data.LoadFromEnumerable(rows, inputSchema));
        return [.. scored.GetColumn<T>(column)];
    }
}
