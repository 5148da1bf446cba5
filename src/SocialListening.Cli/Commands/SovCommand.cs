using System.CommandLine;
using SocialListening.Cli.Hosting;
using SocialListening.Cli.Rendering;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Core.Mentions;
using SocialListening.Core.Territory;

namespace SocialListening.Cli.Commands;

/// <summary>`sl sov [--by theme|source|lang|day]`: share of voice of a competitive set.</summary>
public static class SovCommand
{
    public static Command Create()
    {
        var by = new Option<string>("--by") { Description = "Split by theme, source, lang or day (default: overall)", DefaultValueFactory = _ => "all" };
        by.AcceptOnlyFromAmong("all", "theme", "source", "lang", "day");
        var set = new Option<string?>("--set") { Description = "Competitive set id (default: the first configured)" };
        var query = new Option<string>("--query") { Description = "Only mentions matching this query", DefaultValueFactory = _ => "*:*" };
        var from = DateOptions.From();
        var to = DateOptions.To();
        var duplicates = new Option<bool>("--include-duplicates") { Description = "Count every near-duplicate copy of a story (default: a story counts once)" };
        var spam = new Option<bool>("--include-spam") { Description = "Count mentions flagged as spam bursts (default: left out)" };
        var command = new Command("sov", "Share of voice of the brands of a competitive set") { by, set, query, from, to, duplicates, spam };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async context =>
        {
            var competitiveSet = ResolveSet(context.Catalog, parse.GetValue(set));
            var dimension = Enum.Parse<SovDimension>(parse.GetValue(by)!, ignoreCase: true);
            var filter = new MentionFilter
            {
                Query = parse.GetValue(query)!,
                From = DateOptions.Parse(parse.GetValue(from), isEnd: false),
                To = DateOptions.Parse(parse.GetValue(to), isEnd: true),
            };
            var noise = new NoiseExclusion(Duplicates: !parse.GetValue(duplicates), Spam: !parse.GetValue(spam));
            var report = await new BrandInsights(context.Index, context.Catalog, noise).ShareOfVoiceAsync(competitiveSet, dimension, filter, ct).ConfigureAwait(false);
            var noiseSummary = await NoiseSummary.CountAsync(context.Index, filter.WithTerm(MentionFields.Brand, [.. competitiveSet.Brands]), noise, ct).ConfigureAwait(false);
            if (parse.GetValue(CommonOptions.Json))
            {
                var json = System.Text.Json.JsonSerializer.SerializeToNode(InsightOutput.SovJson(report), MentionJson.SerializerOptions)!.AsObject();
                json["noise"] = System.Text.Json.JsonSerializer.SerializeToNode(noiseSummary.ToJson(), MentionJson.SerializerOptions);
                CommandRunner.WriteJson(json);
            }
            else
            {
                InsightOutput.PrintSov(report, context.Catalog);
                Console.WriteLine(noiseSummary.Describe());
            }
            return 0;
        }));
        return command;
    }

    public static CompetitiveSet ResolveSet(BrandCatalog catalog, string? id)
    {
        if (catalog.Brands.Count == 0)
        {
            throw new CliException("No brands are configured: pass --config FILE (see docs/configuration.md) or set SL_CONFIG.", 2);
        }
        if (id is null)
        {
            return catalog.CompetitiveSets.FirstOrDefault() ?? catalog.SetOf(catalog.Brands[0]);
        }
        return catalog.CompetitiveSets.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new CliException($"No competitive set '{id}'. Sets: {string.Join(", ", catalog.CompetitiveSets.Select(s => s.Id))}.", 2);
    }
}
