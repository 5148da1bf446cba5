using System.CommandLine;
using System.Globalization;
using SocialListening.Cli.Hosting;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Spikes;
using SocialListening.Ingestion.Triage;
using Spectre.Console;

namespace SocialListening.Cli.Commands;

/// <summary>
/// `sl triage list [--status S] [--limit N]`: recent volume spikes, then complaints and negative mentions highest
/// risk first, with reasons. `sl triage ack|assign|resolve|dismiss SOURCE/ID [--to P] [--note N] [--by NAME]`:
/// actions, kept in DATA/state.db with who did what when.
/// </summary>
public static class TriageCommand
{
    private static readonly string[] Statuses = ["new", "acknowledged", "assigned", "resolved", "dismissed"];

    public static Command Create()
    {
        var command = new Command("triage", "The community managers' queue: at-risk complaints and volume spikes");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Act("ack", TriageAction.Acknowledge, "Acknowledge a mention of the queue"));
        command.Subcommands.Add(Act("assign", TriageAction.Assign, "Assign a mention to someone (--to)"));
        command.Subcommands.Add(Act("resolve", TriageAction.Resolve, "Mark a mention as resolved"));
        command.Subcommands.Add(Act("dismiss", TriageAction.Dismiss, "Dismiss a mention: not a complaint (kept as a training label)"));
        return command;
    }

    public static TriageStore Store(SlContext context) => new(context.Settings.StatePath, context.Time);

    private static Command List()
    {
        var status = new Option<string?>("--status") { Description = "Only this status: new, acknowledged, assigned, resolved, dismissed (default: all open ones)" };
        var limit = new Option<int>("--limit") { Description = "At most this many mentions", DefaultValueFactory = _ => 20 };
        var days = new Option<int>("--spike-days") { Description = "Show volume spikes of the last N days before the newest mention (0: none)", DefaultValueFactory = _ => 7 };
        var command = new Command("list", "Spikes, then complaints and negative mentions, highest risk first, with reasons") { status, limit, days };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async context =>
        {
            var wanted = parse.GetValue(status)?.ToLowerInvariant();
            if (wanted is not null && !Statuses.Contains(wanted))
            {
                throw new CliException($"--status '{wanted}' is not one of {string.Join(", ", Statuses)}.", 2);
            }
            var size = Math.Clamp(parse.GetValue(limit), 1, 1000);
            var closed = wanted is "resolved" or "dismissed";
            var queue = await new TriageQueueBuilder(context.Index, Store(context)).BuildAsync(MentionFilter.All, closed, wanted is null ? size : 1000, ct).ConfigureAwait(false);
            var items = queue.Items.Where(i => wanted is null || i.Status == wanted).Take(size).ToArray();
            var spikes = parse.GetValue(days) > 0 ? await RecentSpikesAsync(context, parse.GetValue(days), ct).ConfigureAwait(false) : [];
            if (parse.GetValue(CommonOptions.Json))
            {
                CommandRunner.WriteJson(new
                {
                    spikes = spikes.Select(s => new
                    {
                        field = s.Field, key = s.Key, hour = s.Hour.Hour, observed = s.Hour.Observed, expected = s.Hour.Expected,
                        score = s.Hour.Score, p_value = s.Hour.PValue, sentiment = s.Hour.Sentiment, sentiment_share = s.Hour.SentimentShare, phrases = s.Hour.Phrases, top_terms = s.Hour.TopTerms,
                    }),
                    candidates = queue.Candidates,
                    note = queue.Note,
                    items = items.Select(i => new
                    {
                        id = i.Mention.Source + "/" + i.Mention.Id, risk = i.Risk, reasons = i.Reasons, status = i.Status, assignee = i.Assignee,
                        published_at = i.Mention.PublishedAt, text = i.Mention.Text,
                    }),
                });
                return 0;
            }
            if (spikes.Count > 0)
            {
                var table = new Table().Border(TableBorder.Simple).Title("Spikes").AddColumn("series").AddColumn("hour (UTC)")
                    .AddColumn(new TableColumn("mentions").RightAligned()).AddColumn(new TableColumn("expected").RightAligned()).AddColumn("why");
                foreach (var s in spikes)
                {
                    table.AddRow(CommandRunner.Safe($"{s.Field} {s.Key}"), s.Hour.Hour.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                        s.Hour.Observed.ToString(CultureInfo.InvariantCulture), s.Hour.Expected.ToString("0.#", CultureInfo.InvariantCulture),
                        CommandRunner.Safe(Why(s.Hour)));
                }
                AnsiConsole.Write(table);
            }
            var queueTable = new Table().Border(TableBorder.Simple).Title("Queue").AddColumn("id").AddColumn(new TableColumn("risk").RightAligned())
                .AddColumn("status").AddColumn("reasons").AddColumn("text");
            foreach (var i in items)
            {
                queueTable.AddRow(CommandRunner.Safe(i.Mention.Source + "/" + i.Mention.Id), i.Risk?.ToString("0.00", CultureInfo.InvariantCulture) ?? "-",
                    CommandRunner.Safe(i.Assignee is null ? i.Status : $"{i.Status} ({i.Assignee})"), CommandRunner.Safe(string.Join("; ", i.Reasons)),
                    CommandRunner.Safe(i.Mention.Text.Length > 90 ? i.Mention.Text[..90] + "…" : i.Mention.Text));
            }
            AnsiConsole.Write(queueTable);
            Console.WriteLine($"{queue.Candidates.ToString("N0", CultureInfo.InvariantCulture)} complaints or negative mentions in the index");
            if (queue.Note is not null)
            {
                Console.WriteLine(queue.Note);
            }
            return 0;
        }));
        return command;
    }

    private sealed record RecentSpike(string Field, string Key, SpikeHour Hour);

    /// <summary>Spike hours of each brand and theme in the last <paramref name="days"/> days, strongest first; the top ones explained.</summary>
    private static async Task<IReadOnlyList<RecentSpike>> RecentSpikesAsync(SlContext context, int days, CancellationToken ct)
    {
        var scanner = context.SpikeScanner();
        var found = new List<RecentSpike>();
        foreach (var field in new[] { MentionFields.Brand, MentionFields.Theme })
        {
            var keys = await context.Index.AggregateAsync(new AggregationRequest(MentionFilter.All, field) { Size = 50 }, ct).ConfigureAwait(false);
            if (keys.Buckets.Count == 0)
            {
                continue;
            }
            // The detector needs 7 days of history before the hours it reports.
            var report = await scanner.ScanAsync(field, [.. keys.Buckets.Select(b => b.Key)], MentionFilter.All, days + 8, ct, explain: false).ConfigureAwait(false);
            var since = report.To.AddDays(-days);
            found.AddRange(report.Brands.SelectMany(b => b.Spikes.Where(s => s.Hour >= since).Select(s => new RecentSpike(field, b.Brand, s))));
        }
        var top = found.OrderByDescending(s => s.Hour.Score).Take(5).ToArray();
        for (var i = 0; i < top.Length; i++)
        {
            top[i] = top[i] with { Hour = await scanner.ExplainAsync(top[i].Hour, top[i].Field, top[i].Key, MentionFilter.All, ct).ConfigureAwait(false) };
        }
        return top;
    }

    private static string Why(SpikeHour hour)
    {
        var parts = new List<string>();
        if (hour.Sentiment is not null)
        {
            parts.Add($"{hour.Sentiment} {(hour.SentimentShare ?? 0).ToString("P0", CultureInfo.InvariantCulture)}");
        }
        if (hour.Phrases.Count > 0)
        {
            parts.Add("phrases: " + string.Join(", ", hour.Phrases));
        }
        if (hour.TopTerms.Count > 0)
        {
            parts.Add("terms: " + string.Join(", ", hour.TopTerms));
        }
        parts.Add($"p={hour.PValue.ToString("0.##E+0", CultureInfo.InvariantCulture)}");
        return string.Join("; ", parts);
    }

    private static Command Act(string name, TriageAction action, string description)
    {
        var id = new Argument<string>("id") { Description = "The mention, as SOURCE/ID (e.g. mastodon/mst-000669)" };
        var to = new Option<string?>("--to") { Description = "Who the mention is assigned to" };
        var note = new Option<string?>("--note") { Description = "A note kept with the action" };
        var by = new Option<string?>("--by") { Description = "Who acts (default: $USER)" };
        var command = new Command(name, description) { id, to, note, by };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async context =>
        {
            var raw = parse.GetValue(id)!;
            var slash = raw.IndexOf('/', StringComparison.Ordinal);
            if (slash <= 0 || slash == raw.Length - 1)
            {
                throw new CliException($"'{raw}' is not a mention id; use SOURCE/ID, as 'sl triage list' shows.", 2);
            }
            var assignee = parse.GetValue(to)?.Trim();
            if (action == TriageAction.Assign && string.IsNullOrEmpty(assignee))
            {
                throw new CliException("An assignment needs --to PERSON.", 2);
            }
            var key = new MentionKey(raw[..slash], raw[(slash + 1)..]);
            var exists = await context.Index.SearchAsync(new SearchRequest(MentionFilter.All.WithTerm(MentionFields.Source, key.Source).WithTerm(MentionFields.Id, key.Id)) { Limit = 1 }, ct).ConfigureAwait(false);
            if (exists.Hits.Count == 0)
            {
                throw new CliException($"No mention '{key.Id}' from source '{key.Source}' in the index.", 1);
            }
            var who = parse.GetValue(by) ?? Environment.GetEnvironmentVariable("USER") ?? Environment.UserName;
            var state = Store(context).Record(key, action, action == TriageAction.Assign ? assignee : null, parse.GetValue(note), who);
            if (parse.GetValue(CommonOptions.Json))
            {
                CommandRunner.WriteJson(new { id = raw, status = state.Status, assignee = state.Assignee, by = state.By, at = state.At, note = state.Note });
            }
            else
            {
                Console.WriteLine($"{raw}: {state.Status}{(state.Assignee is null ? "" : " to " + state.Assignee)} by {state.By} at {state.At.ToString("O", CultureInfo.InvariantCulture)}");
            }
            return 0;
        }));
        return command;
    }
}
