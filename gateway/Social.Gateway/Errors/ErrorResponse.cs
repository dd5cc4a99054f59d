using System.Text.Json.Serialization;

namespace Social.Gateway.Errors;

/// <summary>The public error body: a stable machine-readable code, a human message, and field errors for invalid input.</summary>
internal sealed record ErrorResponse(string Code, string Message)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FieldError>? Errors { get; init; }
}
