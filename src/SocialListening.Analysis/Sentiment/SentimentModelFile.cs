using System.IO.Compression;
using System.Text.Json;

namespace SocialListening.Analysis.Sentiment;

/// <summary>
/// Reads and writes a sentiment model as a zip: manifest.json (format, featuriser options, how it was trained) and
/// one weights-LANG.bin per language holding only the non-zero rows, so the file stays small.
/// </summary>
public static class SentimentModelFile
{
    private const int FormatVersion = 1;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static void Write(SentimentModel model, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        using var stream = File.Create(path);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        var manifest = new Manifest(FormatVersion, model.Features, model.Info, model.Classifiers.Keys.Order(StringComparer.Ordinal).ToList());
        using (var entry = zip.CreateEntry("manifest.json").Open())
        {
            JsonSerializer.Serialize(entry, manifest, Json);
        }
        foreach (var (language, classifier) in model.Classifiers)
        {
            using var entry = new BinaryWriter(zip.CreateEntry(WeightsEntry(language), CompressionLevel.Optimal).Open());
            WriteClassifier(entry, classifier);
        }
    }

    public static SentimentModel Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Sentiment model not found: {path}", path);
        }
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var manifestEntry = zip.GetEntry("manifest.json") ?? throw new InvalidDataException("manifest.json is missing.");
            Manifest manifest;
            using (var stream = manifestEntry.Open())
            {
                manifest = JsonSerializer.Deserialize<Manifest>(stream, Json) ?? throw new InvalidDataException("manifest.json is empty.");
            }
            if (manifest.Format != FormatVersion)
            {
                throw new InvalidDataException($"Unsupported sentiment model format {manifest.Format}.");
            }
            var classifiers = new Dictionary<string, LinearClassifier>(StringComparer.Ordinal);
            foreach (var language in manifest.Languages)
            {
                var entry = zip.GetEntry(WeightsEntry(language)) ?? throw new InvalidDataException($"{WeightsEntry(language)} is missing.");
                using var reader = new BinaryReader(entry.Open());
                classifiers[language] = ReadClassifier(reader);
            }
            return new SentimentModel(manifest.Features, classifiers, manifest.Info);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or EndOfStreamException or ArgumentException)
        {
            throw new InvalidDataException($"Not a valid sentiment model: {path} ({e.Message})", e);
        }
    }

    private static string WeightsEntry(string language) => $"weights-{(language == SentimentModel.AnyLanguage ? "any" : language)}.bin";

    private static void WriteClassifier(BinaryWriter writer, LinearClassifier classifier)
    {
        writer.Write(classifier.HashBits);
        writer.Write(classifier.Classes);
        foreach (var bias in classifier.Biases)
        {
            writer.Write(bias);
        }
        var platt = classifier.PlattSlopes is not null && classifier.PlattOffsets is not null;
        writer.Write(platt);
        if (platt)
        {
            for (var c = 0; c < classifier.Classes; c++)
            {
                writer.Write(classifier.PlattSlopes![c]);
                writer.Write(classifier.PlattOffsets![c]);
            }
        }
        var weights = classifier.Weights;
        var classes = classifier.Classes;
        var rows = 1 << classifier.HashBits;
        var nonZero = 0;
        for (var row = 0; row < rows; row++)
        {
            if (!IsZero(weights.Slice(row * classes, classes)))
            {
                nonZero++;
            }
        }
        writer.Write(nonZero);
        for (var row = 0; row < rows; row++)
        {
            var values = weights.Slice(row * classes, classes);
            if (IsZero(values))
            {
                continue;
            }
            writer.Write(row);
            foreach (var value in values)
            {
                writer.Write(value);
            }
        }
    }

    private static LinearClassifier ReadClassifier(BinaryReader reader)
    {
        var hashBits = reader.ReadInt32();
        var classes = reader.ReadInt32();
        if (hashBits is < 8 or > 24 || classes is < 2 or > 16)
        {
            throw new InvalidDataException("Bad classifier header.");
        }
        var biases = new float[classes];
        for (var c = 0; c < classes; c++)
        {
            biases[c] = reader.ReadSingle();
        }
        float[]? slopes = null, offsets = null;
        if (reader.ReadBoolean())
        {
            slopes = new float[classes];
            offsets = new float[classes];
            for (var c = 0; c < classes; c++)
            {
                slopes[c] = reader.ReadSingle();
                offsets[c] = reader.ReadSingle();
            }
        }
        var rows = 1 << hashBits;
        var weights = new float[rows * classes];
        var nonZero = reader.ReadInt32();
        for (var i = 0; i < nonZero; i++)
        {
            var row = reader.ReadInt32();
            if (row < 0 || row >= rows)
            {
                throw new InvalidDataException("Bad weight row.");
            }
            for (var c = 0; c < classes; c++)
            {
                weights[row * classes + c] = reader.ReadSingle();
            }
        }
        return new LinearClassifier(hashBits, classes, weights, biases, slopes, offsets);
    }

    private static bool IsZero(ReadOnlySpan<float> values)
    {
        foreach (var v in values)
        {
            if (v != 0)
            {
                return false;
            }
        }
        return true;
    }

    private sealed record Manifest(int Format, SentimentFeatureOptions Features, SentimentModelInfo Info, List<string> Languages);
}
