using System.Text.Json.Nodes;

namespace Social.Gateway.OpenApi;

/// <summary>One service's OpenAPI document, or why it could not be had.</summary>
internal sealed record ServiceDocument(string Service, JsonObject? Document, string? Failure = null);
