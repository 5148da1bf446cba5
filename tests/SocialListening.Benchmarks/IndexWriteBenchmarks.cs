using BenchmarkDotNet.Attributes;
using SocialListening.Core.Mentions;
using SocialListening.Search.Lucene;

namespace SocialListening.Benchmarks;

/// <summary>One import batch into the embedded index: documents built, written and committed, into an empty index
/// and into one that already holds earlier batches (where looking up existing keys costs more). With
/// <see cref="Languages"/> "unknown" every mention has no language, so its text is analysed for both French and
/// English: what every mention cost before decision 006; "known" is the demo's own fr/en tags.</summary>
[MemoryDiagnoser]
public class IndexWriteBenchmarks
{
    private const int Batch = 2_000;
    private Mention[] _mentions = [];
    private string _folder = "";
    private LuceneMentionIndex? _index;
    private int _round;

    [Params("known", "unknown")]
    public string Languages { get; set; } = "known";

    [GlobalSetup]
    public void Setup()
    {
        var demo = DemoTexts.Mentions();
        _mentions = Enumerable.Range(0, Batch)
            .Select(i => demo[i % demo.Length] with { Id = "b" + i, Lang = Languages == "known" ? demo[i % demo.Length].Lang : null })
            .ToArray();
    }

    [IterationSetup]
    public void OpenIndex()
    {
        _folder = Path.Combine(Path.GetTempPath(), "sl-bdn-index-" + Guid.NewGuid().ToString("N"));
        _index = new LuceneMentionIndex(_folder);
        _round++;
    }

    [IterationCleanup]
    public void CloseIndex()
    {
        _index?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "LuceneMentionIndex.WriteAsync 2000 new mentions + commit")]
    public Task Write() => _index!.WriteAsync(_mentions, null, CancellationToken.None);

    [Benchmark(Description = "LuceneMentionIndex.WriteAsync 2000 mentions again (replace) + commit")]
    public async Task Rewrite()
    {
        await _index!.WriteAsync(_mentions, null, CancellationToken.None);
        await _index.WriteAsync(_mentions, null, CancellationToken.None);
    }
}
