using System.CommandLine;
using System.Text.Json;
using SocialListening.Cli.Commands;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Ingestion.Http;
using SocialListening.Ingestion.Sources;
using SocialListening.Search.Lucene;
using Spectre.Console;

namespace SocialListening.Cli.Hosting;

/// <summary>Runs a command's body with its context, and turns known failures into a message and an exit code.</summary>
public static class CommandRunner
{
    private static readonly JsonSerializerOptions JsonOptions = new(Core.Mentions.MentionJson.SerializerOptions) { WriteIndented = true };

    public static async Task<int> RunAsync(ParseResult parse, Func<SlContext, Task<int>> body)
    {
        try
        {
            var settings = SlSettings.Resolve(parse.GetValue(CommonOptions.Config), parse.GetValue(CommonOptions.Data));
            using var context = new SlContext(settings);
            return await body(context).ConfigureAwait(false);
        }
        catch (QuerySyntaxException e)
        {
            Error($"Query error: {e.Message}");
            if (e.Column is { } column && e.Query.Length > 0 && !e.Query.Contains('\n'))
            {
                Console.Error.WriteLine("  " + e.Query);
                Console.Error.WriteLine("  " + new string(' ', Math.Max(0, column - 1)) + "^");
            }
            return 2;
        }
        catch (BrandCatalogException e)
        {
            Error(e.Message);
            return 2;
        }
        catch (SourceConfigurationException e)
        {
            Error(e.Message);
            return 2;
        }
        catch (Exception e) when (e is CrawlException or BlockedAddressException)
        {
            Error(e.Message);
            return 1;
        }
        catch (CliException e)
        {
            Error(e.Message);
            return e.ExitCode;
        }
        catch (IndexBusyException e)
        {
            Error(e.Message);
            return 3;
        }
        catch (OperationCanceledException)
        {
            Error("Cancelled.");
            return 130;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Error(e.Message);
            return 1;
        }
    }

    public static void WriteJson<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    public static void Error(string message) => Console.Error.WriteLine("sl: " + message);

    /// <summary>Text that came from the outside world, made safe for Spectre markup.</summary>
    public static string Safe(string? text) => Markup.Escape(text ?? "");
}
