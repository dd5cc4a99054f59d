using Social.EventBus.Inbox;
using Social.Profile.Domain.Profiles;
using Social.Storage.Sqlite;

namespace Social.Profile.Storage.Sqlite;

/// <summary>The counters other services feed by events, applied once per message.</summary>
public sealed partial class SqliteProfileStore
{
    public Task<bool> ApplyFollowCountsAsync(Guid userId, MessageReceipt receipt, Func<FollowCounts, FollowCounts?> change, CancellationToken cancellationToken) =>
        database.ApplyOnceAsync(receipt, timeProvider.GetUtcNow(), async (unit, ct) =>
        {
            // BEGIN IMMEDIATE holds the write lock from the read on: two events of one user cannot both pass the check.
            FollowCounts? stored;
            await using (var read = unit.Command(
                "SELECT followers_count, following_count, follow_counts_version FROM profiles WHERE user_id = $id", ("$id", userId.ToString())))
            await using (var reader = await read.ExecuteReaderAsync(ct))
            {
                stored = await reader.ReadAsync(ct) ? SqliteProfileRows.FollowCounts(reader) : null;
            }

            if (stored is null || change(stored) is not { } counts)
            {
                return;
            }

            await unit.ExecuteAsync(
                """
                UPDATE profiles SET followers_count = $followers, following_count = $following, follow_counts_version = $version
                WHERE user_id = $id
                """,
                ct,
                ("$id", userId.ToString()), ("$followers", counts.Followers), ("$following", counts.Following), ("$version", counts.Version));
        }, cancellationToken);

    public Task<bool> AddLikesReceivedAsync(Guid userId, long delta, MessageReceipt receipt, CancellationToken cancellationToken) =>
        database.ApplyOnceAsync(receipt, timeProvider.GetUtcNow(), (unit, ct) =>
            unit.ExecuteAsync(
                "UPDATE profiles SET likes_count = likes_count + $delta WHERE user_id = $id",
                ct,
                ("$id", userId.ToString()), ("$delta", delta)),
            cancellationToken);
}
