using System.Text.Json.Nodes;

namespace SocialListening.Search.Elasticsearch.Tests.Support;

/// <summary>
/// Elasticsearch's own REST API spec files (one JSON per API): the path templates and methods of each API, its
/// query parameters, whether it takes a body and with which content type. <see cref="Check"/> tells which API a
/// request is, or why it is none.
/// </summary>
internal sealed class RestSpec
{
    private readonly List<Api> _apis;

    private RestSpec(List<Api> apis) => _apis = apis;

    public IReadOnlyList<string> Names => _apis.Select(a => a.Name).ToArray();

    public static RestSpec Load(string folder)
    {
        var apis = new List<Api>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            foreach (var (name, node) in JsonNode.Parse(File.ReadAllText(file))!.AsObject())
            {
                var paths = node!["url"]!["paths"]!.AsArray()
                    .Select(p => new ApiPath(p!["path"]!.GetValue<string>(), p["methods"]!.AsArray().Select(m => m!.GetValue<string>()).ToArray()))
                    .ToArray();
                var parameters = node["params"]?.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal) ?? [];
                var body = node["body"];
                var contentTypes = node["headers"]?["content_type"]?.AsArray().Select(c => c!.GetValue<string>()).ToArray() ?? [];
                apis.Add(new Api(name, paths, parameters, body is not null, body?["required"]?.GetValue<bool>() ?? false, contentTypes));
            }
        }
        return new RestSpec(apis);
    }

    /// <summary>The name of the API the request conforms to; null with every mismatch found otherwise.</summary>
    public string? Check(RecordedRequest request, out string problems)
    {
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var errors = new List<string>();
        var candidates = _apis.Where(a => a.Paths.Any(p => Matches(p.Template, segments))).ToArray();
        if (candidates.Length == 0)
        {
            problems = $"{request}: no API has a path template matching {request.Path}";
            return null;
        }
        foreach (var api in candidates)
        {
            var before = errors.Count;
            var template = api.Paths.First(p => Matches(p.Template, segments));
            if (!api.Paths.Where(p => Matches(p.Template, segments)).Any(p => p.Methods.Contains(request.Method.Method)))
            {
                errors.Add($"{api.Name}: {template.Template} does not take {request.Method.Method} (only {string.Join(", ", template.Methods)})");
            }
            foreach (var (name, _) in request.Parameters.Where(p => !api.Parameters.Contains(p.Name)))
            {
                errors.Add($"{api.Name}: unknown query parameter '{name}'");
            }
            var hasBody = !string.IsNullOrEmpty(request.Body);
            if (hasBody && !api.TakesBody)
            {
                errors.Add($"{api.Name}: takes no body");
            }
            if (!hasBody && api.BodyRequired)
            {
                errors.Add($"{api.Name}: requires a body");
            }
            if (hasBody && api.ContentTypes.Length > 0 && !api.ContentTypes.Contains(request.ContentType))
            {
                errors.Add($"{api.Name}: content type {request.ContentType} is not one of {string.Join(", ", api.ContentTypes)}");
            }
            if (errors.Count == before)
            {
                problems = "";
                return api.Name;
            }
        }
        problems = $"{request}: " + string.Join("; ", errors);
        return null;
    }

    // A {part} stands for one path segment that is not an API keyword (those start with '_').
    private static bool Matches(string template, string[] segments)
    {
        var parts = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != segments.Length)
        {
            return false;
        }
        for (var i = 0; i < parts.Length; i++)
        {
            var isPart = parts[i].StartsWith('{') && parts[i].EndsWith('}');
            if (isPart ? segments[i].StartsWith('_') || segments[i].Length == 0 : parts[i] != segments[i])
            {
                return false;
            }
        }
        return true;
    }

    private sealed record ApiPath(string Template, string[] Methods);

    private sealed record Api(string Name, ApiPath[] Paths, HashSet<string> Parameters, bool TakesBody, bool BodyRequired, string[] ContentTypes);
}
