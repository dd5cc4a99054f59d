using System.Globalization;
using Social.Messaging.Domain.Conversations;
using Social.ServiceDefaults.Grpc;
using Social.ServiceDefaults.Validation;

namespace Social.Messaging.Api;

/// <summary>
/// The opaque cursors of Messaging's lists: a conversation list's position (activity time and id), a message page's
/// seq with its direction ("b" before it, "a" after it), an edit history's edit id.
/// </summary>
internal static class MessagingCursors
{
    public static string? Activity(ActivityPosition? position) =>
        position is null ? null : Paging.EncodeCursor($"{position.At.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{position.ConversationId}");

    public static ActivityPosition? ActivityAfter(string? cursor)
    {
        if (Paging.DecodeCursor(cursor) is not { } position)
        {
            return null;
        }

        var parts = position.Split('|');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTimeOffset.MaxValue.UtcTicks || !Guid.TryParse(parts[1], out var id))
        {
            throw Invalid();
        }

        return new ActivityPosition(new DateTimeOffset(ticks, TimeSpan.Zero), id);
    }

    public static string Seq(long seq, bool backward) => Paging.EncodeCursor($"{(backward ? 'b' : 'a')}{seq.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>The seq a message page continues from and whether it goes back (before it) or forward (after it); null for no cursor.</summary>
    public static (long Seq, bool Backward)? SeqAfter(string? cursor)
    {
        if (Paging.DecodeCursor(cursor) is not { } position)
        {
            return null;
        }

        if (position.Length < 2 || position[0] is not ('a' or 'b') || !long.TryParse(position.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
        {
            throw Invalid();
        }

        return (seq, position[0] == 'b');
    }

    public static string Id(Guid id) => Paging.EncodeCursor(id.ToString());

    public static Guid? IdAfter(string? cursor)
    {
        if (Paging.DecodeCursor(cursor) is not { } position)
        {
            return null;
        }

        if (!Guid.TryParse(position, out var id))
        {
            throw Invalid();
        }

        return id;
    }

    private static Grpc.Core.RpcException Invalid() => RpcErrors.Create(
        Google.Rpc.Code.InvalidArgument, ErrorCodes.InvalidArgument, "The request has invalid fields.",
        [new FieldViolation("cursor", "This cursor is not valid; pass back the nextCursor of the previous page.")]);
}
