using System.Text.RegularExpressions;
using SocialListening.Cli.Commands;

namespace SocialListening.Cli.Tests.Virality;

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>Runs `sl eval virality` with the shipped model on small cascade files, capturing the console.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class EvalViralityCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sl-virality-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void WriteCascade(string name, int total, int shares, double spacingSeconds)
    {
        var lines = new List<string> { $"{total} 0.5", "0 5000" };
        lines.AddRange(Enumerable.Range(1, shares).Select(i => $"{i * spacingSeconds:0} {100 + i % 7 * 50}"));
        File.WriteAllLines(Path.Combine(_folder, name), lines);
    }

    private static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await SlCommand.Create().Parse(args).InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    [Fact]
    public async Task EvalVirality_PrintsOneLinePerCascadeThenTheBaselineThenTheMedianApeLast()
    {
        WriteCascade("RT1.txt", 3000, 1500, 10);
        WriteCascade("RT2.txt", 2500, 600, 30);
        WriteCascade("RT3.txt", 4000, 1200, 20);
        File.WriteAllText(Path.Combine(_folder, "README.txt"), "not a cascade");

        var (exit, output, _) = await Run("eval", "virality", "--cascades", _folder, "--observe", "1h");

        Assert.Equal(0, exit);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("RT1.txt observed=", lines[0]);
        Assert.Matches(new Regex(@"^baseline_ratio=\d+\.\d{4} baseline_median_ape=\d+\.\d{4}$"), lines[^2]);
        Assert.Matches(new Regex(@"^median_ape=\d+\.\d{4}$"), lines[^1]);
    }

    [Fact]
    public async Task EvalVirality_MalformedFile_FailsWithTheLineNumber()
    {
        File.WriteAllText(Path.Combine(_folder, "RT9.txt"), "10 0.5\n0 100\n12 many\n");

        var (exit, output, error) = await Run("eval", "virality", "--cascades", _folder);

        Assert.Equal(2, exit);
        Assert.Contains("RT9.txt, line 3", error);
        Assert.DoesNotContain("median_ape", output);
    }
}
