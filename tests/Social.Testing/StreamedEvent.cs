using System.Globalization;
using System.Text.Json;

namespace Social.Testing;

/// <summary>One Server-Sent Event as received: its <c>id:</c> (null for live-only events), <c>event:</c> and JSON <c>data:</c>.</summary>
public sealed record StreamedEvent(string? Id, string Type, JsonElement Data)
{
    public long Position => long.Parse(Id ?? throw new InvalidOperationException($"A {Type} event carries no position."), CultureInfo.InvariantCulture);

    public string? Text(string property) => Data.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
