using Social.Contracts.Events;
using static Social.Graph.Storage.Sqlite.SqliteCommands;

namespace Social.Graph.Storage.Sqlite;

/// <summary>Blocks, mutes and close friends.</summary>
public sealed partial class SqliteGraphStore
{
    public Task<bool> BlockAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        WriteAsync(async (unit, changes, ct) =>
        {
            if (!await UserExistsAsync(unit, target, ct))
            {
                return false;
            }

            var added = await unit.ExecuteAsync(
                "INSERT OR IGNORE INTO blocks (blocker_id, blocked_id, edge_id, created_at) VALUES ($a, $b, $edge, $at)",
                ct,
                ("$a", actor.ToString()), ("$b", target.ToString()), ("$edge", NewEdgeId().ToString()), ("$at", Time(changes.At)));
            if (added == 0)
            {
                return true;
            }

            // Severed both ways, with the counts and the events of each end; then out of each other's close friends.
            await RemoveFollowAsync(unit, changes, actor, target, FollowEndReasons.Blocked, ct);
            await RemoveFollowAsync(unit, changes, target, actor, FollowEndReasons.Blocked, ct);
            await RemoveRequestAsync(unit, changes, actor, target, FollowEndReasons.Blocked, ct);
            await RemoveRequestAsync(unit, changes, target, actor, FollowEndReasons.Blocked, ct);
            await unit.ExecuteAsync(
                "DELETE FROM close_friends WHERE (owner_id = $a AND friend_id = $b) OR (owner_id = $b AND friend_id = $a)",
                ct,
                ("$a", actor.ToString()), ("$b", target.ToString()));
            changes.Blocked(actor, target);
            return true;
        }, cancellationToken);

    public Task UnblockAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        WriteAsync(async (unit, changes, ct) =>
        {
            var removed = await unit.ExecuteAsync(
                "DELETE FROM blocks WHERE blocker_id = $a AND blocked_id = $b",
                ct,
                ("$a", actor.ToString()), ("$b", target.ToString()));
            if (removed == 1)
            {
                changes.Unblocked(actor, target);
            }

            return true;
        }, cancellationToken);

    public Task<bool> MuteAsync(Guid actor, Guid target, DateTimeOffset? expiresAt, CancellationToken cancellationToken) =>
        WriteAsync(async (unit, changes, ct) =>
        {
            if (!await UserExistsAsync(unit, target, ct))
            {
                return false;
            }

            // A repeat keeps the original edge (its place in the list) and takes the new expiry.
            await unit.ExecuteAsync(
                """
                INSERT INTO mutes (muter_id, muted_id, edge_id, created_at, expires_at) VALUES ($a, $b, $edge, $at, $expires)
                ON CONFLICT (muter_id, muted_id) DO UPDATE SET expires_at = excluded.expires_at
                """,
                ct,
                ("$a", actor.ToString()), ("$b", target.ToString()), ("$edge", NewEdgeId().ToString()), ("$at", Time(changes.At)),
                ("$expires", expiresAt is { } expiry ? Time(expiry) : null));
            return true;
        }, cancellationToken);

    public Task UnmuteAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        WriteAsync(
            (unit, _, ct) => unit.ExecuteAsync(
                "DELETE FROM mutes WHERE muter_id = $a AND muted_id = $b", ct, ("$a", actor.ToString()), ("$b", target.ToString())),
            cancellationToken);

    public Task<bool> AddCloseFriendAsync(Guid owner, Guid member, CancellationToken cancellationToken) =>
        WriteAsync(async (unit, changes, ct) =>
        {
            if (!await UserExistsAsync(unit, member, ct))
            {
                return false;
            }

            await unit.ExecuteAsync(
                "INSERT OR IGNORE INTO close_friends (owner_id, friend_id, edge_id, created_at) VALUES ($a, $b, $edge, $at)",
                ct,
                ("$a", owner.ToString()), ("$b", member.ToString()), ("$edge", NewEdgeId().ToString()), ("$at", Time(changes.At)));
            return true;
        }, cancellationToken);

    public Task RemoveCloseFriendAsync(Guid owner, Guid member, CancellationToken cancellationToken) =>
        WriteAsync(
            (unit, _, ct) => unit.ExecuteAsync(
                "DELETE FROM close_friends WHERE owner_id = $a AND friend_id = $b", ct, ("$a", owner.ToString()), ("$b", member.ToString())),
            cancellationToken);
}
