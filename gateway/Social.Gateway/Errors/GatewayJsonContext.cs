using System.Text.Json;
using System.Text.Json.Serialization;

namespace Social.Gateway.Errors;

/// <summary>Source-generated JSON for the bodies the gateway writes itself (lowerCamelCase, as the public API).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ErrorResponse))]
internal sealed partial class GatewayJsonContext : JsonSerializerContext;
