using Microsoft.Data.Sqlite;
using SocialListening.Core.Mentions;
using SocialListening.Core.Spikes;
using SocialListening.Ingestion.Alerts;
using SocialListening.Ingestion.Tests.Triage;
using SocialListening.Search.Lucene;

namespace SocialListening.Ingestion.Tests.Alerts;

public sealed class AlertDispatcherTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 18, 21, 30, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-alerts-").FullName;
    private readonly ManualTime _time = new(Now);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private WebhookReceiver _receiver = null!;
    private LuceneMentionIndex _index = null!;

    public async ValueTask InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _index = new LuceneMentionIndex(Path.Combine(_folder, "index"));
    }

    public async ValueTask DisposeAsync()
    {
        _index.Dispose();
        _http.Dispose();
        await _receiver.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private AlertDispatcher Dispatcher(ISpikePhrases? phrases = null) =>
        new(_index, new AlertStateStore(Path.Combine(_folder, "state.db")), new WebhookSender(_http, _time) { BaseDelay = TimeSpan.FromMilliseconds(20) }, _time, phrases);

    /// <summary>The phrases that grew, as the key-phrase extractor of the analysis layer would give them: the spike's
    /// two-word runs absent from the baseline.</summary>
    private sealed class NewBigrams : ISpikePhrases
    {
        public IReadOnlyList<string> Growing(IReadOnlyList<string> spikeTexts, IReadOnlyList<string> baselineTexts, int count, IReadOnlyCollection<string> exclude)
        {
            static IEnumerable<string> Bigrams(string text)
            {
                var words = text.ToLowerInvariant().Split(' ', ',');
                return words.Zip(words.Skip(1), (a, b) => a + " " + b);
            }
            var before = baselineTexts.SelectMany(Bigrams).ToHashSet();
            return [.. spikeTexts.SelectMany(Bigrams).Where(b => !before.Contains(b)).Distinct().Take(count)];
        }
    }

    private AlertRule Rule(string path, string kind = "risk", int maxPerHour = 10, string format = "json") => new()
    {
        Name = "cm-" + path,
        Kind = kind,
        MinRisk = 0.6,
        WebhookUrl = _receiver.Url(path),
        Format = format,
        MaxPerHour = maxPerHour,
    };

    private static Mention M(string id, double risk, double hoursAgo = 1, string brand = "mandarine") => new()
    {
        Id = id,
        Source = "mastodon",
        Text = "Panne " + brand + " " + id,
        PublishedAt = Now.AddHours(-hoursAgo),
        Enrichment = new Enrichment { Brands = [brand], Risk = risk, RiskReasons = ["complaint (p=0.95)", "escalation: press"] },
    };

    private Task Write(params Mention[] mentions) => _index.WriteAsync(mentions, null, CancellationToken.None);

    [Fact]
    public async Task A_500_is_retried_with_back_off_until_the_receiver_accepts()
    {
        await Write(M("a", 0.9));

        var result = Assert.Single(await Dispatcher().RunAsync([Rule("flaky")], CancellationToken.None));

        Assert.Equal((1, 1, 0), (result.Candidates, result.Sent, result.Failed));
        var bodies = _receiver.Bodies("/flaky");
        Assert.Equal(2, bodies.Count);
        Assert.Equal("mention:mastodon/a", bodies[1].GetProperty("key").GetString());
        Assert.Contains("escalation: press", bodies[1].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_mention_is_never_alerted_twice_per_rule_but_another_rule_gets_it_and_low_risk_or_old_ones_never()
    {
        await Write(M("a", 0.9), M("low", 0.3), M("old", 0.95, hoursAgo: 30));

        var first = Assert.Single(await Dispatcher().RunAsync([Rule("ok")], CancellationToken.None));
        var second = Assert.Single(await Dispatcher().RunAsync([Rule("ok")], CancellationToken.None));
        var other = Assert.Single(await Dispatcher().RunAsync([Rule("ok") with { Name = "other" }], CancellationToken.None));

        Assert.Equal((1, 1, 0), (first.Candidates, first.Sent, first.AlreadySent));
        Assert.Equal((1, 0, 1), (second.Candidates, second.Sent, second.AlreadySent));
        Assert.Equal(1, other.Sent);
        Assert.Equal(2, _receiver.Bodies("/ok").Count);
    }

    [Fact]
    public async Task The_rate_limit_holds_the_rest_back_until_the_rolling_hour_has_passed()
    {
        await Write(M("a", 0.9), M("b", 0.8), M("c", 0.7));
        var rule = Rule("ok", maxPerHour: 2);

        var first = Assert.Single(await Dispatcher().RunAsync([rule], CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(30));
        var still = Assert.Single(await Dispatcher().RunAsync([rule], CancellationToken.None));
        _time.Advance(TimeSpan.FromMinutes(31));
        var later = Assert.Single(await Dispatcher().RunAsync([rule], CancellationToken.None));

        Assert.Equal((2, 1), (first.Sent, first.RateLimited));
        Assert.Equal((0, 1), (still.Sent, still.RateLimited));
        Assert.Equal((1, 0, 2), (later.Sent, later.RateLimited, later.AlreadySent));
        // Highest risk first.
        Assert.Equal(new[] { "mention:mastodon/a", "mention:mastodon/b", "mention:mastodon/c" }, _receiver.Bodies("/ok").Select(b => b.GetProperty("key").GetString()));
    }

    [Fact]
    public async Task A_final_4xx_is_not_retried_not_marked_sent_and_holds_the_rest_of_the_run()
    {
        await Write(M("a", 0.9), M("b", 0.8));

        var result = Assert.Single(await Dispatcher().RunAsync([Rule("gone")], CancellationToken.None));
        var retry = Assert.Single(await Dispatcher().RunAsync([Rule("gone")], CancellationToken.None));

        Assert.Equal((0, 2), (result.Sent, result.Failed));
        Assert.Equal((0, 0, 2), (retry.Sent, retry.AlreadySent, retry.Failed));
        Assert.Equal(2, _receiver.Bodies("/gone").Count);
    }

    [Fact]
    public async Task A_volume_spike_alerts_once_in_slack_format_with_its_explanation()
    {
        // A week of two mentions an hour, then 40 in the hour before now.
        var mentions = new List<Mention>();
        var start = Now.AddDays(-8).AddMinutes(-30);
        for (var h = 0; h < 8 * 24 - 1; h++)
        {
            mentions.Add(M($"q{h}a", 0.1, (Now - start.AddHours(h)).TotalHours) with { Text = "forfait mobile et facture" });
            mentions.Add(M($"q{h}b", 0.1, (Now - start.AddHours(h).AddMinutes(20)).TotalHours) with { Text = "service client correct" });
        }
        for (var i = 0; i < 40; i++)
        {
            mentions.Add(M($"s{i}", 0.1, 1.4 - i / 100.0) with { Text = "Grosse panne réseau ce soir, plus rien ne marche", Enrichment = new Enrichment { Brands = ["mandarine"], Sentiment = Sentiment.Negative } });
        }
        await Write([.. mentions]);
        var rule = Rule("slack", kind: "spike", format: "slack");

        var first = Assert.Single(await Dispatcher(new NewBigrams()).RunAsync([rule], CancellationToken.None));
        var again = Assert.Single(await Dispatcher(new NewBigrams()).RunAsync([rule], CancellationToken.None));

        Assert.Equal(1, first.Sent);
        Assert.Equal((0, 1), (again.Sent, again.AlreadySent));
        var text = Assert.Single(_receiver.Bodies("/slack")).GetProperty("text").GetString()!;
        Assert.StartsWith("*Mention spike for mandarine: 40 mentions", text, StringComparison.Ordinal);
        Assert.Contains("Mostly negative", text, StringComparison.Ordinal);
        Assert.Contains("panne", text, StringComparison.Ordinal);
        Assert.Contains("Growing phrases: grosse panne, panne réseau", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_posts_a_teams_card_without_touching_dedup()
    {
        var (ok, outcome) = await Dispatcher().TestAsync(Rule("ok", format: "teams"), CancellationToken.None);

        Assert.True(ok, outcome);
        var card = Assert.Single(_receiver.Bodies("/ok"));
        Assert.Equal("MessageCard", card.GetProperty("@type").GetString());
        Assert.Contains("Test alert", card.GetProperty("title").GetString(), StringComparison.Ordinal);
    }
}
