using Google.Protobuf.Collections;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;

namespace Social.Profile.Api;

/// <summary>Reads the parameters of the profile lookups; bad ones are INVALID_ARGUMENT with the field named.</summary>
internal static class ProfileQueries
{
    public const int MaxPrefixLength = 50;

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
