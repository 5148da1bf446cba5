using SocialListening.Api.Features.Export;
using SocialListening.Tests.Hostile;

namespace SocialListening.Api.Tests;

/// <summary>Whatever strangers write, no exported cell opens as a formula in a spreadsheet (CSV injection).</summary>
public sealed class CsvInjectionTests
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r', '\n'];

    /// <summary>The cell as a spreadsheet reads it: unquoted.</summary>
    private static string Read(string cell) =>
        cell.Length > 1 && cell[0] == '"' && cell[^1] == '"' ? cell[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : cell;

    /// <summary>Would a spreadsheet run it: a trigger first, or first once leading white space is trimmed (as some do)?</summary>
    private static bool Runs(string read) =>
        read.Length > 0 && read[0] != '\'' && (Triggers.Contains(read[0]) || (read.TrimStart() is { Length: > 0 } trimmed && Triggers.Contains(trimmed[0])));

    [Fact]
    public void Seeded_hostile_values_with_formula_prefixes_are_all_neutralised()
    {
        var random = HostileInput.Random(9);
        var failures = new List<string>();
        for (var i = 0; i < 2_000; i++)
        {
            var prefix = HostileInput.Formulas[random.Next(HostileInput.Formulas.Length)];
            var padding = new string(' ', random.Next(0, 3));
            var value = padding + (random.Next(2) == 0 ? prefix : Triggers[random.Next(Triggers.Length)].ToString()) + HostileInput.Text(random, 60);
            if (Runs(Read(CsvFormat.Cell(value))))
            {
                failures.Add(HostileInput.Printable(value));
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("  =1+1", "'  =1+1")]
    [InlineData("\n=1+1", "\"'\n=1+1\"")]
    [InlineData("a=1", "a=1")]
    public void Cells_are_prefixed_only_when_they_would_run(string value, string expected) =>
        Assert.Equal(expected, CsvFormat.Cell(value));

    [Fact]
    public void A_row_of_hostile_text_keeps_its_columns()
    {
        var random = HostileInput.Random(10);
        for (var i = 0; i < 200; i++)
        {
            var row = CsvFormat.Row(new Core.Mentions.Mention
            {
                Id = "=" + i, Source = "@src", Text = HostileInput.Text(random, 200), Title = "-" + HostileInput.Text(random, 20),
                PublishedAt = DateTimeOffset.UnixEpoch,
            });
            Assert.EndsWith("\r\n", row, StringComparison.Ordinal);
            Assert.StartsWith("'=", row, StringComparison.Ordinal);
        }
    }
}
