using System.CommandLine;
using System.Text.Json;
using SocialListening.Cli.Commands;
using SocialListening.Core.Brands;
using SocialListening.Core.Index;
using SocialListening.Search.Elasticsearch;
using SocialListening.Ingestion.Http;
using SocialListening.Ingestion.Sources;
using SocialListening.Ingestion.State;
using SocialListening.Search.Lucene;
using Spectre.Console;

namespace SocialListening.Cli.Hosting;

/// <summary>Runs a command's body with its context, and turns known failures into a message and an exit code.</summary>
public static class CommandRunner
{
    private static readonly JsonSerializerOptions JsonOptions = new(Core.Mentions.MentionJson.SerializerOptions) { WriteIndented = true };

    public static async Task<int> RunAsync(ParseResult parse, Func<SlContext, Task<int>> body)
    {
        SlSettings? settings = null;
        try
        {
            settings = SlSettings.Resolve(parse.GetValue(CommonOptions.Config), parse.GetValue(CommonOptions.Data));
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
        catch (QueryLimitException e)
        {
            Error($"Query limit: {e.Message}");
            return 2;
        }
        catch (Core.Configuration.SecretException e)
        {
            Error(e.Message);
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
        catch (ElasticsearchException e)
        {
            Error(e.Message);
            return 3;
        }
        catch (OperationCanceledException)
        {
            Error("Cancelled.");
            return 130;
        }
        catch (Exception e) when (settings is not null && StorageFailure.Describe(e, settings.DataDirectory) is { } storage)
        {
            Error(storage);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            Error(e.Message);
            return 1;
        }
    }

    public static void WriteJson<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));

    public static void Error(string message) => Console.Error.WriteLine("sl: " + message);

    /// <summary>
    /// Text that came from the outside world, made safe for a terminal: control characters (which could carry
    /// escape sequences that rewrite the screen) and bidi overrides become spaces, and Spectre markup is escaped.
    /// </summary>
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                chars[i] = ' ';
            }
        }
        return Markup.Escape(new string(chars));
    }
}
