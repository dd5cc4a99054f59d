using System.Text.Json.Nodes;

namespace Social.EndToEndTests;

/// <summary>One operation of the merged OpenAPI document: its key (<c>METHOD path</c>), its documented 2xx answers and its inputs.</summary>
public sealed record ContractOperation(string Key, IReadOnlySet<int> DocumentedSuccess, bool TakesBody, bool TakesLimit)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    public static IReadOnlyList<ContractOperation> AllOf(JsonObject document) =>
        [.. from path in document["paths"]!.AsObject()
            from method in Methods
            let operation = path.Value?[method] as JsonObject
            where operation is not null
            select new ContractOperation(
                $"{method.ToUpperInvariant()} {path.Key}",
                (operation["responses"] as JsonObject ?? []).Select(r => int.TryParse(r.Key, out var code) ? code : 0).Where(code => code is >= 200 and < 300).ToHashSet(),
                operation["requestBody"] is not null,
                (operation["parameters"] as JsonArray ?? []).Any(p => p?["name"]?.GetValue<string>() == "limit"))];
}
