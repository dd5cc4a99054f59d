using System.Text.Json;
using System.Text.Json.Nodes;

namespace Social.Gateway.Errors;

/// <summary>
/// Reads a google.rpc.Status as gRPC JSON transcoding writes it
/// (https://cloud.google.com/apis/design/errors#error_model): the ErrorInfo reason is the public code, the
/// BadRequest field violations are the field errors.
/// </summary>
internal static class GoogleRpcStatus
{
    private const string ErrorInfoType = "type.googleapis.com/google.rpc.ErrorInfo";
    private const string BadRequestType = "type.googleapis.com/google.rpc.BadRequest";

    /// <summary>True when the body looks like a status: a numeric <c>code</c>.</summary>
    public static bool TryConvert(JsonObject status, out ErrorResponse error)
    {
        error = null!;
        if (status["code"] is not JsonValue code || code.GetValueKind() != JsonValueKind.Number || !code.TryGetValue<int>(out var grpcCode))
        {
            return false;
        }

        var details = (status["details"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var reason = details.Where(detail => TypeOf(detail) == ErrorInfoType).Select(detail => StringOf(detail["reason"])).FirstOrDefault(r => r is { Length: > 0 });
        var violations = details
            .Where(detail => TypeOf(detail) == BadRequestType)
            .SelectMany(detail => (detail["fieldViolations"] as JsonArray ?? []).OfType<JsonObject>())
            .Select(violation => new FieldError(StringOf(violation["field"]) ?? "", StringOf(violation["description"]) ?? ""))
            .ToList();

        error = new ErrorResponse(reason ?? GrpcCodeNames.For(grpcCode), StringOf(status["message"]) ?? "")
        {
            Errors = violations.Count > 0 ? violations : null,
        };
        return true;
    }

    private static string? TypeOf(JsonObject detail) => StringOf(detail["@type"]);

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
