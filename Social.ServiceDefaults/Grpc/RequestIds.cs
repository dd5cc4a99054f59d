namespace Social.ServiceDefaults.Grpc;

/// <summary>Parses ids that arrive as strings in requests; a malformed one is the caller's mistake (INVALID_ARGUMENT).</summary>
public static class RequestIds
{
    public static Guid ParseUserId(string? value, string field)
    {
        if (!Guid.TryParse(value, out var id) || id == Guid.Empty)
        {
            RpcErrors.ThrowInvalidArgument([new FieldViolation(field, "A user id is a non-empty UUID.")]);
        }

        return id;
    }
}
