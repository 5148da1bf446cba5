using System.IO.Compression;
using System.Text.Json;
using Microsoft.ML;

namespace SocialListening.Analysis.TextClassification;

/// <summary>
/// A model file: a zip holding the ML.NET model ("mlnet.zip") and our own settings ("settings.json": labels,
/// thresholds, which trainer won), so that one file carries everything scoring needs.
/// </summary>
public static class ModelPackage
{
    private const string ModelEntry = "mlnet.zip";
    private const string SettingsEntry = "settings.json";

    public static void Save<TSettings>(string path, MLContext ml, ITransformer model, DataViewSchema inputSchema, TSettings settings)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
        using var inner = new MemoryStream();
        ml.Model.Save(model, inputSchema, inner);
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        using (var entry = zip.CreateEntry(ModelEntry, CompressionLevel.NoCompression).Open())
        {
            inner.Position = 0;
            inner.CopyTo(entry);
        }
        using (var entry = zip.CreateEntry(SettingsEntry).Open())
        {
            JsonSerializer.Serialize(entry, settings, new JsonSerializerOptions { WriteIndented = true });
        }
    }

    public static (ITransformer Model, DataViewSchema Schema, TSettings Settings) Load<TSettings>(string path, MLContext ml)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"model file not found: {path}", path);
        }
        using var zip = ZipFile.OpenRead(path);
        var modelEntry = zip.GetEntry(ModelEntry) ?? throw new InvalidDataException($"{path}: not a SocialListening model ({ModelEntry} missing)");
        var settingsEntry = zip.GetEntry(SettingsEntry) ?? throw new InvalidDataException($"{path}: not a SocialListening model ({SettingsEntry} missing)");
        using var inner = new MemoryStream();
        using (var s = modelEntry.Open())
        {
            s.CopyTo(inner);
        }
        inner.Position = 0;
        var model = ml.Model.Load(inner, out var schema);
        using var settingsStream = settingsEntry.Open();
        var settings = JsonSerializer.Deserialize<TSettings>(settingsStream)
            ?? throw new InvalidDataException($"{path}: empty {SettingsEntry}");
        return (model, schema, settings);
    }
}
