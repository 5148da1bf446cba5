using System.Text.Json;
using System.Text.RegularExpressions;
using SocialListening.Cli.Commands;

namespace SocialListening.Cli.Tests;

[CollectionDefinition("SentimentCli", DisableParallelization = true)]
public sealed class SentimentCliCollection;

/// <summary>Runs the real `sl` commands in process with the shipped model; console output is captured, so these
/// tests do not run in parallel with others.</summary>
[Collection("SentimentCli")]
public sealed class SentimentCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-sentiment-").FullName;

    [Fact]
    public void EvalSentiment_PrintsTheReport_AndEndsWithMacroF1()
    {
        var file = Path.Combine(_folder, "eval.tsv");
        File.WriteAllText(file,
            "text\tlabel\n" +
            "\"Service nul,\tvraiment \"\"nul\"\"\nje suis déçu\"\tnegative\n" +
            "Merci, super accueil et livraison rapide !\tpositive\n" +
            "Le magasin ouvre à 9h demain\tneutral\n" +
            "\"broken\"quote\tpositive\n" +
            "bad label row\tmaybe\n");

        var (code, output, error) = Run("eval", "sentiment", "--data", file, "--lang", "fr");

        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Matches(new Regex(@"^macro_f1=[01]\.\d{4}$"), lines[^1].TrimEnd('\r'));
        Assert.Contains("confusion matrix", output);
        Assert.Contains(lines, l => l.StartsWith("docs_per_s=", StringComparison.Ordinal));
        Assert.Contains("line 6: unexpected text after a closing quote", error);
        Assert.Contains("line 7: unknown label", error);
        Assert.Contains("rows: 3", output);
    }

    [Fact]
    public void EvalSentiment_FailsCleanly_OnAMissingFile()
    {
        var (code, output, error) = Run("eval", "sentiment", "--data", Path.Combine(_folder, "missing.tsv"));

        Assert.NotEqual(0, code);
        Assert.StartsWith("error:", error);
        Assert.DoesNotContain("   at ", error + output);
    }

    [Fact]
    public void Explain_Json_GivesLabelProbabilitiesAndTerms()
    {
        var (code, output, _) = Run("explain", "Je suis très déçu, service nul", "--lang", "fr", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("negative", json.RootElement.GetProperty("label").GetString());
        var probabilities = json.RootElement.GetProperty("probabilities");
        var sum = probabilities.GetProperty("negative").GetDouble() + probabilities.GetProperty("neutral").GetDouble() + probabilities.GetProperty("positive").GetDouble();
        Assert.Equal(1.0, sum, 2);
        Assert.True(json.RootElement.GetProperty("terms").GetArrayLength() > 0);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var code = SlCommand.Create().Parse(args).Invoke();
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
