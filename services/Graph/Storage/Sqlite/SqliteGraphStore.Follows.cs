using Social.Contracts.Events;
using Social.Graph.Edges;
using Social.Graph.Users;
using Social.Storage.Sqlite;
using static Social.Graph.Storage.Sqlite.SqliteCommands;

namespace Social.Graph.Storage.Sqlite;

/// <summary>Follows and follow requests; every edge change adjusts both users' counts in the same transaction.</summary>
public sealed partial class SqliteGraphStore
{
    public Task<FollowOutcome> FollowAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        WriteAsync(async (unit, changes, ct) =>
        {
            if (!await UserExistsAsync(unit, target, ct))
            {
                return FollowOutcome.TargetNotFound;
            }

            if (await BlockExistsAsync(unit, target, actor, ct))
            {
                return FollowOutcome.BlockedByTarget;
            }

            if (!await UserExistsAsync(unit, actor, ct))
            {
                return FollowOutcome.ActorNotFound;
            }

            if (await BlockExistsAsync(unit, actor, target, ct))
            {
                return FollowOutcome.Blocking;
            }

            if (await FollowExistsAsync(unit, actor, target, ct))
            {
                return FollowOutcome.Following;
            }

            if ((await ReadSettingsAsync(unit, target, ct))?.IsPrivate == true)
            {
                var added = await unit.ExecuteAsync(
                    "INSERT OR IGNORE INTO follow_requests (requester_id, target_id, edge_id, created_at) VALUES ($a, $b, $edge, $at)",
                    ct,
                    ("$a", actor.ToString()), ("$b", target.ToString()), ("$edge", NewEdgeId().ToString()), ("$at", Time(changes.At)));
                if (added == 1)
                {
                    changes.Requested(actor, target);
                }

                return FollowOutcome.Requested;
            }

            await AddFollowAsync(unit, changes, actor, target, ct);
            return FollowOutcome.Following;
        }, cancellationToken);

    public Task UnfollowAsync(Guid actor, Guid target, CancellationToken cancellationToken) =>
        WriteAsync(async (unit, changes, ct) =>
        {
            await RemoveFollowAsync(unit, changes, actor, target, FollowEndReasons.Unfollowed, ct);
            await RemoveRequestAsync(unit, changes, actor, target, FollowEndReasons.Cancelled, ct);
            return true;
        }, cancellationToken);

    public Task<bool> AcceptRequestAsync(Guid owner, Guid requester, CancellationToken cancellationToken) =>
        WriteAsync((unit, changes, ct) => AcceptAsync(unit, changes, owner, requester, ct), cancellationToken);

    public Task<bool> DeclineRequestAsync(Guid owner, Guid requester, CancellationToken cancellationToken) =>
        WriteAsync((unit, changes, ct) => RemoveRequestAsync(unit, changes, requester, owner, FollowEndReasons.Declined, ct), cancellationToken);

    public Task RemoveFollowerAsync(Guid owner, Guid follower, CancellationToken cancellationToken) =>
        WriteAsync((unit, changes, ct) => RemoveFollowAsync(unit, changes, follower, owner, FollowEndReasons.Removed, ct), cancellationToken);

    private async Task<bool> AcceptAsync(SqliteUnitOfWork unit, GraphChanges changes, Guid owner, Guid requester, CancellationToken cancellationToken)
    {
        var removed = await unit.ExecuteAsync(
            "DELETE FROM follow_requests WHERE requester_id = $a AND target_id = $b",
            cancellationToken,
            ("$a", requester.ToString()), ("$b", owner.ToString()));
        if (removed == 0)
        {
            return false;
        }

        changes.RequestAccepted(requester, owner);
        await AddFollowAsync(unit, changes, requester, owner, cancellationToken);
        return true;
    }

    private async Task AddFollowAsync(SqliteUnitOfWork unit, GraphChanges changes, Guid follower, Guid followee, CancellationToken cancellationToken)
    {
        var added = await unit.ExecuteAsync(
            "INSERT OR IGNORE INTO follows (follower_id, followee_id, edge_id, created_at) VALUES ($a, $b, $edge, $at)",
            cancellationToken,
            ("$a", follower.ToString()), ("$b", followee.ToString()), ("$edge", NewEdgeId().ToString()), ("$at", Time(changes.At)));
        if (added == 1)
        {
            changes.Followed(follower, followee);
            await AdjustCountsAsync(unit, changes, follower, followers: 0, following: 1, cancellationToken);
            await AdjustCountsAsync(unit, changes, followee, followers: 1, following: 0, cancellationToken);
        }
    }

    private static async Task<bool> RemoveFollowAsync(
        SqliteUnitOfWork unit, GraphChanges changes, Guid follower, Guid followee, string reason, CancellationToken cancellationToken)
    {
        var removed = await unit.ExecuteAsync(
            "DELETE FROM follows WHERE follower_id = $a AND followee_id = $b",
            cancellationToken,
            ("$a", follower.ToString()), ("$b", followee.ToString()));
        if (removed == 0)
        {
            return false;
        }

        changes.Unfollowed(follower, followee, reason);
        if (reason == FollowEndReasons.Removed)
        {
            changes.FollowerRemoved(followee, follower);
        }

        await AdjustCountsAsync(unit, changes, follower, followers: 0, following: -1, cancellationToken);
        await AdjustCountsAsync(unit, changes, followee, followers: -1, following: 0, cancellationToken);
        return true;
    }

    private static async Task<bool> RemoveRequestAsync(
        SqliteUnitOfWork unit, GraphChanges changes, Guid requester, Guid target, string reason, CancellationToken cancellationToken)
    {
        var removed = await unit.ExecuteAsync(
            "DELETE FROM follow_requests WHERE requester_id = $a AND target_id = $b",
            cancellationToken,
            ("$a", requester.ToString()), ("$b", target.ToString()));
        if (removed == 0)
        {
            return false;
        }

        changes.RequestWithdrawn(requester, target, reason);
        return true;
    }

    private static async Task<IReadOnlyList<Guid>> RequestersOfAsync(SqliteUnitOfWork unit, Guid target, CancellationToken cancellationToken)
    {
        await using var command = unit.Command("SELECT requester_id FROM follow_requests WHERE target_id = $id ORDER BY edge_id", ("$id", target.ToString()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var requesters = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            requesters.Add(Guid.Parse(reader.GetString(0)));
        }

        return requesters;
    }

    /// <summary>Adds to a user's counts and bumps their version; the new counts become an event.</summary>
    private static async Task AdjustCountsAsync(
        SqliteUnitOfWork unit, GraphChanges changes, Guid user, int followers, int following, CancellationToken cancellationToken) =>
        await AdjustCountsOfAsync(unit, changes, "SELECT $user", followers, following, cancellationToken, ("$user", user.ToString()));

    /// <summary>Adjusts the counts of every user the <paramref name="usersQuery"/> selects, in one statement.</summary>
    private static async Task AdjustCountsOfAsync(
        SqliteUnitOfWork unit, GraphChanges changes, string usersQuery, int followers, int following, CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = unit.Command(
            $"""
            UPDATE users SET followers_count = followers_count + $followers, following_count = following_count + $following,
                counts_version = counts_version + 1
            WHERE user_id IN ({usersQuery})
            RETURNING user_id, followers_count, following_count, counts_version
            """,
            [.. parameters, ("$followers", followers), ("$following", following)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.CountsChanged(new FollowCounts(Guid.Parse(reader.GetString(0)), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)));
        }
    }

    private static Task<bool> UserExistsAsync(SqliteUnitOfWork unit, Guid user, CancellationToken cancellationToken) =>
        unit.ExistsAsync("SELECT 1 FROM users WHERE user_id = $id", cancellationToken, ("$id", user.ToString()));

    private static Task<bool> FollowExistsAsync(SqliteUnitOfWork unit, Guid follower, Guid followee, CancellationToken cancellationToken) =>
        unit.ExistsAsync(
            "SELECT 1 FROM follows WHERE follower_id = $a AND followee_id = $b",
            cancellationToken,
            ("$a", follower.ToString()), ("$b", followee.ToString()));

    private static Task<bool> BlockExistsAsync(SqliteUnitOfWork unit, Guid blocker, Guid blocked, CancellationToken cancellationToken) =>
        unit.ExistsAsync(
            "SELECT 1 FROM blocks WHERE blocker_id = $a AND blocked_id = $b",
            cancellationToken,
            ("$a", blocker.ToString()), ("$b", blocked.ToString()));
}
