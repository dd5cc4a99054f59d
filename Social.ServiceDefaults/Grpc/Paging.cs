using System.Buffers.Text;
using System.Text;
using Social.ServiceDefaults.Validation;

namespace Social.ServiceDefaults.Grpc;

/// <summary>
/// List conventions of the public API: <c>limit</c> defaults to 20 and may be 1–100; <c>cursor</c> is an opaque token
/// (base64url of the position after which the next page starts) that clients pass back unchanged.
/// </summary>
public static class Paging
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>The page size; 0 (absent) means the default. Outside 1–100 is the caller's mistake.</summary>
    public static int Limit(int requested)
    {
        if (requested is < 0 or > MaxLimit)
        {
            RpcErrors.ThrowInvalidArgument([new FieldViolation("limit", $"A limit is between 1 and {MaxLimit}.")]);
        }

        return requested == 0 ? DefaultLimit : requested;
    }

    public static string EncodeCursor(string position) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(position));

    /// <summary>The position a cursor stands for; null for the first page. A cursor that is not one of ours is invalid.</summary>
    public static string? DecodeCursor(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            RpcErrors.ThrowInvalidArgument([new FieldViolation("cursor", "This cursor is not valid; pass back the nextCursor of the previous page.")]);
            return null;
        }
    }

    /// <summary>The id a cursor of an id-keyed list stands for (<see cref="EncodeCursor"/> of the id); null for the first page.</summary>
    public static Guid? IdAfter(string? cursor)
    {
        if (DecodeCursor(cursor) is not { } position)
        {
            return null;
        }

        if (!Guid.TryParse(position, out var id))
        {
            RpcErrors.ThrowInvalidArgument([new FieldViolation("cursor", "This cursor is not valid; pass back the nextCursor of the previous page.")]);
        }

        return id;
    }
}
