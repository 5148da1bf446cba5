using System.Text.Json.Nodes;
using SocialListening.Search.Elasticsearch.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace SocialListening.Search.Elasticsearch.Tests;

/// <summary>
/// Docker is not available where the tests run, so the deployment files are checked for what can be checked
/// without it: docker-compose.yml is YAML with the expected services wired together, and the Kibana saved
/// objects are NDJSON whose references resolve and whose fields exist in the index template.
/// </summary>
public sealed class DeploymentFilesTests
{
    private static readonly string Root = RepositoryFiles.RequireRoot();

    private static YamlMappingNode Compose()
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, "docker-compose.yml"));
        stream.Load(reader);
        return (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node).Children[new YamlScalarNode(key)];

    private static string? Scalar(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    private static IReadOnlyList<JsonObject> SavedObjects() =>
        File.ReadLines(Path.Combine(Root, "dashboards", "kibana", "sociallistening.ndjson"))
            .Where(l => l.Length > 0)
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .ToArray();

    [Fact]
    public void Compose_file_has_elasticsearch_kibana_and_the_service_wired_together()
    {
        var services = Map(Compose(), "services");
        var names = services.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToHashSet();

        Assert.Superset(new HashSet<string> { "elasticsearch", "kibana", "sl" }, names);
        foreach (var (name, service) in services.Children)
        {
            if (((YamlMappingNode)service).Children.TryGetValue(new YamlScalarNode("depends_on"), out var dependsOn))
            {
                Assert.All(((YamlMappingNode)dependsOn).Children.Keys, d => Assert.Contains(((YamlScalarNode)d).Value!, names));
            }
        }
        var sl = services.Children[new YamlScalarNode("sl")];
        var environment = Map(sl, "environment");
        Assert.Equal("elasticsearch", Scalar(environment, "SL_INDEX_BACKEND"));
        Assert.StartsWith("http://elasticsearch:9200", Scalar(environment, "SL_ELASTICSEARCH_URL"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Root, Scalar(Map(sl, "build"), "dockerfile")!)));
    }

    [Fact]
    public void Compose_file_takes_passwords_from_the_environment_only()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docker-compose.yml"));
        foreach (var variable in new[] { "ELASTIC_PASSWORD", "KIBANA_PASSWORD" })
        {
            Assert.Matches($@"{variable}: \$\{{{variable}:\?", text);
        }
        Assert.DoesNotContain("change-me", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Kibana_objects_are_ndjson_with_resolvable_references()
    {
        var objects = SavedObjects();
        var saved = objects.Where(o => o["type"] is not null).ToArray();
        var ids = saved.Select(o => (o["type"]!.GetValue<string>(), o["id"]!.GetValue<string>())).ToHashSet();

        Assert.Contains(("index-pattern", "sl-mentions"), ids);
        Assert.Contains(saved, o => o["type"]!.GetValue<string>() == "dashboard");
        foreach (var o in saved)
        {
            Assert.NotNull(o["attributes"]?["title"]);
            foreach (var reference in o["references"]!.AsArray())
            {
                Assert.Contains((reference!["type"]!.GetValue<string>(), reference["id"]!.GetValue<string>()), ids);
            }
        }
        var summary = objects[^1];
        Assert.Equal(saved.Length, summary["exportedCount"]!.GetValue<int>());
    }

    [Fact]
    public void Kibana_objects_use_only_fields_the_index_template_maps()
    {
        var mapped = IndexTemplate.Create(IndexNames.From("sl"), CannedCluster.Options())["template"]!["mappings"]!["properties"]!.AsObject()
            .Select(p => p.Key).ToHashSet();
        var used = new List<string>();
        foreach (var o in SavedObjects().Where(o => o["type"] is not null))
        {
            var attributes = o["attributes"]!;
            if (attributes["timeFieldName"] is { } time)
            {
                used.Add(time.GetValue<string>());
            }
            if (attributes["columns"] is JsonArray columns)
            {
                used.AddRange(columns.Select(c => c!.GetValue<string>()));
            }
            if (attributes["visState"] is { } visState)
            {
                var aggs = JsonNode.Parse(visState.GetValue<string>())!["aggs"]!.AsArray();
                used.AddRange(aggs.Select(a => a!["params"]?["field"]?.GetValue<string>()).OfType<string>());
            }
            foreach (var embedded in new[] { "panelsJSON", "optionsJSON" })
            {
                if (attributes[embedded] is { } json)
                {
                    Assert.NotNull(JsonNode.Parse(json.GetValue<string>()));
                }
            }
        }

        Assert.NotEmpty(used);
        Assert.All(used, field => Assert.Contains(field, mapped));
    }

    [Fact]
    public void Dashboard_panels_match_its_references()
    {
        var dashboard = SavedObjects().Single(o => o["type"]?.GetValue<string>() == "dashboard");
        var panels = JsonNode.Parse(dashboard["attributes"]!["panelsJSON"]!.GetValue<string>())!.AsArray();
        var references = dashboard["references"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).ToHashSet();

        Assert.All(panels, p => Assert.Contains($"{p!["panelIndex"]}:{p["panelRefName"]}", references));
    }
}
