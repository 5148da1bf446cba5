using System.Text.Json;

namespace SocialListening.Core.Virality;

/// <summary>Reads and writes <see cref="ViralityModel"/> as indented JSON (a small, diffable model file).</summary>
public static class ViralityModelFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
    };

    public static async Task SaveAsync(ViralityModel model, Stream stream, CancellationToken ct = default) =>
        await JsonSerializer.SerializeAsync(stream, model, Options, ct);

    public static async Task<ViralityModel> LoadAsync(Stream stream, CancellationToken ct = default)
    {
        ViralityModel? model;
        try
        {
            model = await JsonSerializer.DeserializeAsync<ViralityModel>(stream, Options, ct);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not a virality model file: {e.Message}", e);
        }
        if (model?.Horizons is not { Count: > 0 } || model.Features is null || model.Seismic?.Kernel is null)
            throw new InvalidDataException("not a virality model file: horizons, features or SEISMIC settings missing");
        if (model.Horizons.Any(h => h.Growth.Weights.Length != model.Features.Count))
            throw new InvalidDataException("virality model file: a horizon's weights do not match the feature list");
        return model;
    }
}
