using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.Storage.Sqlite;

namespace Social.Profile.Storage.Sqlite;

/// <summary>The counters other services feed by events, applied once per message.</summary>
public sealed partial class SqliteProfileStore
{
    public Task<bool> ApplyFollowCountsAsync(FollowCountsChanged counts, MessageReceipt receipt, CancellationToken cancellationToken) =>
        database.ApplyOnceAsync(receipt, timeProvider.GetUtcNow(), (unit, ct) =>
            // Absolute values guarded by version: a late or reordered event matches no row instead of rolling back,
            // and so does the event of a deleted profile.
            unit.ExecuteAsync(
                """
                UPDATE profiles SET followers_count = $followers, following_count = $following, follow_counts_version = $version
                WHERE user_id = $id AND follow_counts_version < $version
                """,
                ct,
                ("$id", counts.UserId.ToString()), ("$followers", counts.Followers), ("$following", counts.Following), ("$version", counts.Version)),
            cancellationToken);
}
