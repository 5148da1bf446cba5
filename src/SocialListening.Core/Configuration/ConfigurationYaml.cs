using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SocialListening.Core.Configuration;

/// <summary>
/// The one way configuration YAML is read (snake_case keys, unknown keys ignored), bounded so that a hostile file
/// cannot stall or exhaust the process: its size, its nesting depth and its number of aliases are limited, and
/// every failure is a <see cref="YamlException"/> carrying the line.
/// </summary>
public static class ConfigurationYaml
{
    /// <summary>Largest configuration text, in characters: real files are a few kilobytes.</summary>
    public const int MaxLength = 4 * 1024 * 1024;

    /// <summary>Deepest nesting of mappings and sequences (real files nest four or five levels).</summary>
    public const int MaxDepth = 64;

    /// <summary>Most aliases (*name) in one file, which bounds what alias expansion can cost.</summary>
    public const int MaxAliases = 1_000;

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static T? Deserialize<T>(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        if (yaml.Length > MaxLength)
        {
            throw new YamlException(Mark.Empty, Mark.Empty,
                $"the file is {yaml.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long; a configuration file may hold at most {MaxLength.ToString("N0", CultureInfo.InvariantCulture)}.");
        }
        try
        {
            return Deserializer.Deserialize<T>(new BoundedParser(new Parser(new StringReader(yaml))));
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidCastException or ArgumentException)
        {
            // Conversions of scalars (a number too large for its setting) surface outside YamlException.
            throw new YamlException(Mark.Empty, Mark.Empty, e.Message, e);
        }
    }

    private sealed class BoundedParser(IParser inner) : IParser
    {
        private int _depth;
        private int _aliases;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }
            switch (inner.Current)
            {
                case MappingStart or SequenceStart when ++_depth > MaxDepth:
                    throw new YamlException(inner.Current.Start, inner.Current.End, $"nested more than {MaxDepth} levels deep.");
                case MappingEnd or SequenceEnd:
                    _depth--;
                    break;
                case AnchorAlias when ++_aliases > MaxAliases:
                    throw new YamlException(inner.Current.Start, inner.Current.End, $"more than {MaxAliases} aliases (*name).");
            }
            return true;
        }
    }
}
