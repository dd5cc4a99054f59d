using Google.Protobuf.Collections;
using Social.ServiceDefaults.Grpc;

namespace Social.Profile.Api;

/// <summary>Reads the parameters of the profile lookups; bad ones are INVALID_ARGUMENT with the field named.</summary>
internal static class ProfileQueries
{
    public const int MaxIds = 100;
    public const int MaxPrefixLength = 50;

    /// <summary>Distinct user ids from repeated and/or comma-separated values: 1 to 100 of them.</summary>
    public static IReadOnlyCollection<Guid> ParseIds(RepeatedField<string> values)
    {
        var raw = values.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (raw.Count is 0 or > MaxIds)
        {
            RpcErrors.ThrowInvalidArgument([new FieldViolation("ids", $"Between 1 and {MaxIds} user ids, comma-separated.")]);
        }

        return raw.Select(id => RequestIds.ParseUserId(id, "ids")).ToHashSet();
    }

    /// <summary>The lower-cased search prefix (handles are lower case; display names are compared lower-cased).</summary>
    public static string ParsePrefix(string? q)
    {
        var prefix = (q ?? string.Empty).Trim().ToLowerInvariant();
        if (prefix.Length is 0 or > MaxPrefixLength || prefix.Any(char.IsControl))
        {
            RpcErrors.ThrowInvalidArgument([new FieldViolation("q", $"A search prefix has 1 to {MaxPrefixLength} characters.")]);
        }

        return prefix;
    }
}
