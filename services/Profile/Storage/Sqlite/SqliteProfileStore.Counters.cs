using Social.Contracts.Events;
using Social.EventBus.Inbox;

namespace Social.Profile.Storage.Sqlite;

/// <summary>The counters other services feed by events, applied once per message.</summary>
public sealed partial class SqliteProfileStore
{
    public Task<bool> ApplyFollowCountsAsync(FollowCountsChanged counts, MessageReceipt receipt, CancellationToken cancellationToken) =>
        database.ApplyOnceAsync(receipt, timeProvider.GetUtcNow(), async (unit, ct) =>
        {
            // Absolute values guarded by version: a late or reordered event matches no row instead of rolling back,
            // and so does the event of a deleted profile.
            await using var update = unit.CreateCommand("""
                UPDATE profiles SET followers_count = $followers, following_count = $following, follow_counts_version = $version
                WHERE user_id = $id AND follow_counts_version < $version
                """);
            update.Parameters.AddWithValue("$id", counts.UserId.ToString());
            update.Parameters.AddWithValue("$followers", counts.Followers);
            update.Parameters.AddWithValue("$following", counts.Following);
            update.Parameters.AddWithValue("$version", counts.Version);
            await update.ExecuteNonQueryAsync(ct);
        }, cancellationToken);
}
