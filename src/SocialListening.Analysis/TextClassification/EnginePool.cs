using System.Collections.Concurrent;
using Microsoft.ML;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// PredictionEngine reuses buffers and is not thread-safe: each caller rents one for a batch and gives it back.
/// Engines are created on demand, so the pool grows to the number of threads that score at once.
/// </summary>
public sealed class EnginePool<TIn, TOut>(MLContext ml, ITransformer model)
    where TIn : class
    where TOut : class, new()
{
    private readonly ConcurrentBag<PredictionEngine<TIn, TOut>> _idle = [];
    private readonly Lock _create = new();

    public T Use<T>(Func<PredictionEngine<TIn, TOut>, T> work)
    {
        if (!_idle.TryTake(out var engine))
        {
            lock (_create)
            {
                engine = ml.Model.CreatePredictionEngine<TIn, TOut>(model);
            }
        }
        try
        {
            return work(engine);
        }
        finally
        {
            _idle.Add(engine);
        }
    }
}
