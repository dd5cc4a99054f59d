using Google.Protobuf.Collections;
using Social.ServiceDefaults.Validation;

namespace Social.ServiceDefaults.Grpc;

/// <summary>Parses ids that arrive as strings in requests; a malformed one is the caller's mistake (INVALID_ARGUMENT).</summary>
public static class RequestIds
{
    /// <summary>The most ids a batch call takes.</summary>
    public const int MaxBatch = 100;

    public static Guid ParseUserId(string? value, string field) => ParseId(value, field, "A user id");

    /// <summary>Any other id of the API (<paramref name="what"/>: "A content id", …): a non-empty UUID.</summary>
    public static Guid ParseId(string? value, string field, string what)
    {
        if (!Guid.TryParse(value, out var id) || id == Guid.Empty)
        {
            RpcErrors.ThrowInvalidArgument([new FieldViolation(field, $"{what} is a non-empty UUID.")]);
        }

        return id;
    }

    /// <summary>Distinct ids of one kind from repeated and/or comma-separated values: 1 to 100 of them.</summary>
    public static IReadOnlyCollection<Guid> ParseIds(RepeatedField<string> values, string field, string what)
    {
        var raw = values.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        if (raw.Count is 0 or > MaxBatch)
        {
            RpcErrors.ThrowInvalidArgument([new FieldViolation(field, $"Between 1 and {MaxBatch} ids, comma-separated.")]);
        }

        return raw.Select(id => ParseId(id, field, what)).ToHashSet();
    }

    /// <summary>Distinct user ids from repeated and/or comma-separated values (<c>?ids=a,b,c</c>): 1 to 100 of them.</summary>
    public static IReadOnlyCollection<Guid> ParseUserIds(RepeatedField<string> values, string field = "ids") =>
        ParseIds(values, field, "A user id");
}
