using System.Text.Json.Nodes;

namespace Social.Gateway.OpenApi;

/// <summary>
/// Merges the services' OpenAPI documents into the one public document: their paths, schemas and tags, under the
/// public title, description and bearer security. Each path has exactly one owner (the route table), so paths do not
/// collide; a schema two services both define (a shared message type) is the same message, so the first one is kept.
/// </summary>
internal static class OpenApiMerger
{
    private const string DefaultOpenApiVersion = "3.0.1";
    private const string BearerScheme = "bearer";
    private const string AccountCreationPath = "/api/v1/accounts";

    public static JsonObject Merge(IReadOnlyList<ServiceDocument> documents)
    {
        var paths = new JsonObject();
        var schemas = new JsonObject();
        var tags = new JsonArray();
        var available = documents.Where(d => d.Document is not null).Select(d => d.Document!).ToList();

        foreach (var document in available)
        {
            CopyMissing(document["paths"] as JsonObject, paths);
            CopyMissing(document["components"]?["schemas"] as JsonObject, schemas);
            foreach (var tag in (document["tags"] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (!tags.OfType<JsonObject>().Any(existing => existing["name"]?.ToString() == tag["name"]?.ToString()))
                {
                    tags.Add(tag.DeepClone());
                }
            }
        }

        // Account creation is the one public call without a token.
        if (paths[AccountCreationPath]?["post"] is JsonObject createAccount)
        {
            createAccount["security"] = new JsonArray();
        }

        var merged = new JsonObject
        {
            ["openapi"] = available.Select(d => d["openapi"]?.ToString()).FirstOrDefault(v => v is not null) ?? DefaultOpenApiVersion,
            ["info"] = new JsonObject
            {
                ["title"] = ApiConventions.Title,
                ["version"] = "v1",
                ["description"] = ApiConventions.Description(documents.Where(d => d.Document is null).Select(d => d.Service)),
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject
                {
                    [BearerScheme] = new JsonObject
                    {
                        ["type"] = "http",
                        ["scheme"] = "bearer",
                        ["description"] = "An access token from POST /connect/token.",
                    },
                },
            },
            ["security"] = new JsonArray(new JsonObject { [BearerScheme] = new JsonArray() }),
        };
        if (tags.Count > 0)
        {
            merged["tags"] = tags;
        }

        return merged;
    }

    private static void CopyMissing(JsonObject? source, JsonObject target)
    {
        foreach (var (name, value) in source ?? [])
        {
            if (!target.ContainsKey(name))
            {
                target[name] = value?.DeepClone();
            }
        }
    }
}
