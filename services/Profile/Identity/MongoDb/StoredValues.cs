using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Social.Storage.MongoDb;

namespace Social.Profile.Identity.MongoDb;

/// <summary>
/// How the OAuth documents hold OpenIddict's richer values: extra properties as one JSON object (OpenIddict reads and
/// writes them as JSON, and nothing queries them), localized texts keyed by culture name, dates as UTC.
/// </summary>
internal static class StoredValues
{
    public static ImmutableDictionary<string, JsonElement> ReadProperties(string? json) =>
        string.IsNullOrEmpty(json)
            ? ImmutableDictionary<string, JsonElement>.Empty
            : (JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json) ?? []).ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Nothing rather than "{}" when there are no properties, as the SQLite store does.</summary>
    public static string? WriteProperties(ImmutableDictionary<string, JsonElement>? properties) =>
        properties is null or { Count: 0 } ? null : JsonSerializer.Serialize(properties);

    public static ImmutableDictionary<CultureInfo, string> ReadLocalized(Dictionary<string, string> values) =>
        values.ToImmutableDictionary(pair => CultureInfo.GetCultureInfo(pair.Key), pair => pair.Value);

    public static Dictionary<string, string> WriteLocalized(ImmutableDictionary<CultureInfo, string>? values) =>
        values is null ? [] : values.ToDictionary(pair => pair.Key.Name, pair => pair.Value, StringComparer.Ordinal);

    public static DateTimeOffset? ReadDate(DateTime? value) =>
        value is { } date ? MongoTime.Utc(date) : null;

    public static DateTime? WriteDate(DateTimeOffset? value) => value?.UtcDateTime;
}
