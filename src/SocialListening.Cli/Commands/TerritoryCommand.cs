using System.CommandLine;
using SocialListening.Cli.Hosting;
using SocialListening.Cli.Rendering;
using SocialListening.Core.Index;
using SocialListening.Core.Territory;

namespace SocialListening.Cli.Commands;

/// <summary>`sl territory BRAND`: theme association against target, share of voice per theme, alignment.</summary>
public static class TerritoryCommand
{
    public static Command Create()
    {
        var brand = new Argument<string>("brand") { Description = "Brand id or name" };
        var from = DateOptions.From();
        var to = DateOptions.To();
        var command = new Command("territory", "A brand's territory: how much of its conversation lands on each theme, against target and competitors") { brand, from, to };
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, async context =>
        {
            var name = parse.GetValue(brand)!;
            var found = context.Catalog.FindBrand(name)
                ?? throw new CliException($"No brand '{name}' in the configuration. Brands: {string.Join(", ", context.Catalog.Brands.Select(b => b.Id))}.", 2);
            var filter = new MentionFilter
            {
                From = DateOptions.Parse(parse.GetValue(from), isEnd: false),
                To = DateOptions.Parse(parse.GetValue(to), isEnd: true),
            };
            var report = await new BrandInsights(context.Index, context.Catalog).TerritoryAsync(found, filter, ct).ConfigureAwait(false);
            if (parse.GetValue(CommonOptions.Json))
            {
                CommandRunner.WriteJson(InsightOutput.TerritoryJson(report, context.Catalog));
            }
            else
            {
                InsightOutput.PrintTerritory(report, context.Catalog);
            }
            return 0;
        }));
        return command;
    }
}
