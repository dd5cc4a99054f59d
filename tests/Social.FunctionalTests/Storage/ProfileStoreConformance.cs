using Social.Contracts.Events;
using Social.EventBus.Inbox;
using Social.EventBus.Outbox;
using Social.Profile.Domain.Accounts;
using Social.Profile.Domain.Profiles;
using Social.Profile.Storage;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// What every adapter of <see cref="IProfileStore"/> must do, whatever the database. Each adapter's test class
/// derives from this one and supplies a fresh, empty store.
/// </summary>
public abstract class ProfileStoreConformance : IAsyncLifetime
{
    protected IProfileStore Store { get; private set; } = null!;

    protected IOutboxStore Outbox { get; private set; } = null!;

    /// <summary>The use case over the store: the version rule is the domain's, the adapter reads and writes the counts.</summary>
    private FollowCountsSync CountsSync => new(Store);

    public async ValueTask InitializeAsync() => (Store, Outbox) = await CreateStoresAsync();

    public ValueTask DisposeAsync()
    {
        ReleaseStores();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Frees what <c>CreateStore…</c> made (files, connections).</summary>
    protected abstract void ReleaseStores();

    [Fact]
    public async Task A_created_account_is_found_by_handle_with_its_event_pending_in_the_outbox()
    {
        var account = NewAccount("ana");
        var created = Event(account);

        Assert.True(await Store.CreateAccountAsync(account, created, null, TestContext.Current.CancellationToken));

        var profile = await Store.FindByHandleAsync("ana", TestContext.Current.CancellationToken);
        Assert.NotNull(profile);
        Assert.Equal(account.UserId, profile.UserId);
        Assert.Equal(account.DisplayName, profile.DisplayName);
        Assert.Equal(0, profile.FollowersCount);
        var pending = Assert.Single(await Outbox.ReadPendingAsync(10, TestContext.Current.CancellationToken));
        Assert.Equal(created.MessageId, pending.MessageId);
    }

    [Fact]
    public async Task A_taken_handle_is_refused_and_writes_neither_account_nor_event()
    {
        await Store.CreateAccountAsync(NewAccount("ana"), Event(NewAccount("ana")), null, TestContext.Current.CancellationToken);
        var second = NewAccount("ana");

        Assert.False(await Store.CreateAccountAsync(second, Event(second), null, TestContext.Current.CancellationToken));

        Assert.NotEqual(second.UserId, (await Store.FindByHandleAsync("ana", TestContext.Current.CancellationToken))!.UserId);
        Assert.Single(await Outbox.ReadPendingAsync(10, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_idempotency_key_is_stored_with_its_account_and_cannot_be_taken_twice()
    {
        var account = NewAccount("ana");
        var key = new IdempotencyKeyRecord("key-1", "fingerprint", account.UserId, "ana", DateTimeOffset.UtcNow);
        var other = NewAccount("bob");

        Assert.True(await Store.CreateAccountAsync(account, Event(account), key, TestContext.Current.CancellationToken));
        Assert.False(await Store.CreateAccountAsync(other, Event(other), key with { UserId = other.UserId, Handle = "bob" }, TestContext.Current.CancellationToken));

        Assert.Equal(account.UserId, (await Store.FindIdempotencyKeyAsync("key-1", TestContext.Current.CancellationToken))?.UserId);
        Assert.Null(await Store.FindByHandleAsync("bob", TestContext.Current.CancellationToken));
        Assert.Null(await Store.FindIdempotencyKeyAsync("key-2", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_update_stores_the_changed_profile_with_its_event_and_is_found_by_id()
    {
        var account = NewAccount("ana");
        await Store.CreateAccountAsync(account, Event(account), null, TestContext.Current.CancellationToken);
        await Outbox.MarkPublishedAsync([(await Outbox.ReadPendingAsync(1, TestContext.Current.CancellationToken))[0].MessageId], DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        var raised = Event(account);

        var updated = await Store.UpdateProfileAsync(
            account.UserId,
            current => new ProfileUpdate(current with { Bio = "hello", Links = ["https://example.com"], IsPrivate = true, Settings = current.Settings with { ReadReceipts = false } }, raised),
            TestContext.Current.CancellationToken);

        Assert.NotNull(updated);
        var stored = await Store.FindByIdAsync(account.UserId, TestContext.Current.CancellationToken);
        Assert.Equal("hello", stored?.Bio);
        Assert.Equal(["https://example.com"], stored?.Links);
        Assert.True(stored?.IsPrivate);
        Assert.False(stored?.Settings.ReadReceipts);
        Assert.Equal(raised.MessageId, Assert.Single(await Outbox.ReadPendingAsync(10, TestContext.Current.CancellationToken)).MessageId);
    }

    [Fact]
    public async Task Updating_an_unknown_user_changes_nothing() =>
        Assert.Null(await Store.UpdateProfileAsync(Guid.CreateVersion7(), current => new ProfileUpdate(current, null), TestContext.Current.CancellationToken));

    [Fact]
    public async Task An_unknown_handle_is_not_found() =>
        Assert.Null(await Store.FindByHandleAsync("nobody", TestContext.Current.CancellationToken));

    [Fact]
    public async Task Outbox_messages_come_out_in_commit_order_and_leave_once_published()
    {
        var events = new List<OutboxMessage>();
        foreach (var handle in new[] { "first", "second", "third" })
        {
            var account = NewAccount(handle);
            events.Add(Event(account));
            await Store.CreateAccountAsync(account, events[^1], null, TestContext.Current.CancellationToken);
        }

        Assert.Equal(events.Select(e => e.MessageId), (await Outbox.ReadPendingAsync(10, TestContext.Current.CancellationToken)).Select(e => e.MessageId));
        await Outbox.MarkPublishedAsync([events[0].MessageId], DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        Assert.Equal(events.Skip(1).Select(e => e.MessageId), (await Outbox.ReadPendingAsync(10, TestContext.Current.CancellationToken)).Select(e => e.MessageId));
        Assert.Equal(1, await Outbox.PurgePublishedAsync(DateTimeOffset.UtcNow.AddMinutes(1), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Follow_counts_are_applied_to_the_profile()
    {
        var account = await CreateAccountAsync("ana");

        Assert.True(await CountsSync.ApplyAsync(Counts(account.UserId, 3, 5, version: 1), Receipt(), TestContext.Current.CancellationToken));

        var profile = await Store.FindByIdAsync(account.UserId, TestContext.Current.CancellationToken);
        Assert.Equal(3, profile?.FollowersCount);
        Assert.Equal(5, profile?.FollowingCount);
    }

    [Fact]
    public async Task The_counts_change_sees_the_stored_shard_and_what_it_declines_is_not_written()
    {
        var account = await CreateAccountAsync("ana");
        await Store.ApplyFollowCountsAsync(account.UserId, Receipt(), 4, _ => new FollowCountsShard(4, 3, 5, 2), TestContext.Current.CancellationToken);
        FollowCountsShard? seen = null;
        FollowCountsShard? otherShard = new(0, 0, 0, 0);

        Assert.True(await Store.ApplyFollowCountsAsync(
            account.UserId,
            Receipt(),
            4,
            stored =>
            {
                seen = stored;
                return null;
            },
            TestContext.Current.CancellationToken));
        await Store.ApplyFollowCountsAsync(
            account.UserId,
            Receipt(),
            5,
            stored =>
            {
                otherShard = stored;
                return null;
            },
            TestContext.Current.CancellationToken);

        Assert.Equal(new FollowCountsShard(4, 3, 5, 2), seen);
        Assert.Null(otherShard);
        Assert.Equal(3, (await Store.FindByIdAsync(account.UserId, TestContext.Current.CancellationToken))?.FollowersCount);
    }

    [Fact]
    public async Task Follow_counts_are_the_sums_of_the_newest_shards_however_the_announcements_arrive()
    {
        var account = await CreateAccountAsync("ana");

        // Shard 3 at versions 1..3 arriving 3, 1, 2 (and 3 again); shard 7 once; shard 9 below zero (an edge counted
        // before the shards, in shard 0, ended in shard 9).
        foreach (var (shard, followers, following, version) in new[] { (3, 5L, 1L, 3L), (7, 2L, 0L, 1L), (3, 9L, 9L, 1L), (3, 4L, 0L, 2L), (3, 5L, 1L, 3L), (9, -1L, 0L, 1L) })
        {
            Assert.True(await CountsSync.ApplyAsync(ShardCounts(account.UserId, shard, followers, following, version), Receipt(), TestContext.Current.CancellationToken));
        }

        Assert.Equal((6L, 1L), await FollowCountsOfAsync(account.UserId));

        Assert.True(await CountsSync.ApplyAsync(ShardCounts(account.UserId, 7, 0, 0, version: 2), Receipt(), TestContext.Current.CancellationToken));
        Assert.Equal((4L, 1L), await FollowCountsOfAsync(account.UserId));
    }

    [Fact]
    public async Task Counts_from_before_the_shards_are_shard_zero_and_the_other_shards_add_to_them()
    {
        var account = await CreateAccountAsync("ana");
        await CountsSync.ApplyAsync(Counts(account.UserId, 10, 3, version: 5), Receipt(), TestContext.Current.CancellationToken);

        Assert.True(await CountsSync.ApplyAsync(ShardCounts(account.UserId, 4, 1, 0, version: 1), Receipt(), TestContext.Current.CancellationToken));
        Assert.Equal((11L, 3L), await FollowCountsOfAsync(account.UserId));

        // A late total from before the shards is shard 0 at an older version; a newer shard 0 replaces the total.
        Assert.True(await CountsSync.ApplyAsync(Counts(account.UserId, 50, 50, version: 4), Receipt(), TestContext.Current.CancellationToken));
        Assert.Equal((11L, 3L), await FollowCountsOfAsync(account.UserId));
        Assert.True(await CountsSync.ApplyAsync(ShardCounts(account.UserId, 0, 9, 3, version: 6), Receipt(), TestContext.Current.CancellationToken));
        Assert.Equal((10L, 3L), await FollowCountsOfAsync(account.UserId));
    }

    [Fact]
    public async Task Follow_counts_of_an_older_or_equal_version_never_roll_the_profile_back()
    {
        var account = await CreateAccountAsync("ana");
        await CountsSync.ApplyAsync(Counts(account.UserId, 3, 5, version: 2), Receipt(), TestContext.Current.CancellationToken);

        // Other messages, so the inbox lets them through: only the version can keep them out.
        Assert.True(await CountsSync.ApplyAsync(Counts(account.UserId, 1, 1, version: 1), Receipt(), TestContext.Current.CancellationToken));
        Assert.True(await CountsSync.ApplyAsync(Counts(account.UserId, 9, 9, version: 2), Receipt(), TestContext.Current.CancellationToken));

        var profile = await Store.FindByIdAsync(account.UserId, TestContext.Current.CancellationToken);
        Assert.Equal(3, profile?.FollowersCount);
        Assert.Equal(5, profile?.FollowingCount);
    }

    [Fact]
    public async Task The_same_receipt_applies_follow_counts_once()
    {
        var account = await CreateAccountAsync("ana");
        var receipt = Receipt();

        Assert.True(await CountsSync.ApplyAsync(Counts(account.UserId, 3, 5, version: 1), receipt, TestContext.Current.CancellationToken));
        // A higher version under the same receipt: only the inbox can keep it out.
        Assert.False(await CountsSync.ApplyAsync(Counts(account.UserId, 4, 6, version: 2), receipt, TestContext.Current.CancellationToken));

        Assert.Equal(3, (await Store.FindByIdAsync(account.UserId, TestContext.Current.CancellationToken))?.FollowersCount);
    }

    [Fact]
    public async Task Follow_counts_of_a_user_without_a_profile_create_nothing()
    {
        var userId = Guid.CreateVersion7();

        Assert.True(await CountsSync.ApplyAsync(Counts(userId, 3, 5, version: 1), Receipt(), TestContext.Current.CancellationToken));

        Assert.Null(await Store.FindByIdAsync(userId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Likes_count_is_the_sum_of_the_newest_shards_however_the_announcements_arrive()
    {
        var account = await CreateAccountAsync("ana");
        var likes = new LikesReceivedSync(Store);

        // Shard 3 at versions 1..3 arriving 3, 1, 2 (and 3 again); shard 7 once.
        foreach (var (shard, count, version) in new[] { (3, 5L, 3L), (7, 2L, 1L), (3, 9L, 1L), (3, 4L, 2L), (3, 5L, 3L) })
        {
            Assert.True(await likes.ApplyAsync(Received(account.UserId, shard, count, version), Receipt(), TestContext.Current.CancellationToken));
        }

        Assert.Equal(7, (await Store.FindByIdAsync(account.UserId, TestContext.Current.CancellationToken))?.LikesCount);

        Assert.True(await likes.ApplyAsync(Received(account.UserId, 7, 0, version: 2), Receipt(), TestContext.Current.CancellationToken));
        Assert.Equal(5, (await Store.FindByIdAsync(account.UserId, TestContext.Current.CancellationToken))?.LikesCount);
    }

    [Fact]
    public async Task The_same_receipt_applies_likes_received_once_and_a_user_without_a_profile_gets_nothing()
    {
        var account = await CreateAccountAsync("ana");
        var likes = new LikesReceivedSync(Store);
        var receipt = Receipt();
        var stranger = Guid.CreateVersion7();

        Assert.True(await likes.ApplyAsync(Received(account.UserId, 0, 4, version: 1), receipt, TestContext.Current.CancellationToken));
        // A higher version under the same receipt: only the inbox can keep it out.
        Assert.False(await likes.ApplyAsync(Received(account.UserId, 0, 8, version: 2), receipt, TestContext.Current.CancellationToken));
        Assert.True(await likes.ApplyAsync(Received(stranger, 0, 8, version: 1), Receipt(), TestContext.Current.CancellationToken));

        Assert.Equal(4, (await Store.FindByIdAsync(account.UserId, TestContext.Current.CancellationToken))?.LikesCount);
        Assert.Null(await Store.FindByIdAsync(stranger, TestContext.Current.CancellationToken));
    }

    /// <summary>A fresh, empty profile store and the outbox it writes to.</summary>
    protected abstract Task<(IProfileStore Store, IOutboxStore Outbox)> CreateStoresAsync();

    private async Task<NewAccount> CreateAccountAsync(string handle)
    {
        var account = NewAccount(handle);
        Assert.True(await Store.CreateAccountAsync(account, Event(account), null, TestContext.Current.CancellationToken));
        return account;
    }

    private static FollowCountsChanged Counts(Guid userId, long followers, long following, long version) =>
        new() { UserId = userId, Followers = followers, Following = following, Version = version };

    private static FollowCountsShardChanged ShardCounts(Guid userId, int shard, long followers, long following, long version) =>
        new() { UserId = userId, Shard = shard, Followers = followers, Following = following, Version = version, At = DateTimeOffset.UtcNow };

    private async Task<(long Followers, long Following)> FollowCountsOfAsync(Guid userId) =>
        await Store.FindByIdAsync(userId, TestContext.Current.CancellationToken) is { } profile ? (profile.FollowersCount, profile.FollowingCount) : (-1, -1);

    private static LikesReceivedChanged Received(Guid userId, int shard, long likes, long version) =>
        new() { UserId = userId, Shard = shard, Likes = likes, Version = version, At = DateTimeOffset.UtcNow };

    private static MessageReceipt Receipt() => new("profile.follow-counts-changed", Guid.CreateVersion7());

    private static NewAccount NewAccount(string handle) =>
        new(Guid.CreateVersion7(), handle, "Name of " + handle, "hash", DateTimeOffset.UtcNow);

    private static OutboxMessage Event(NewAccount account) =>
        OutboxMessage.Create(
            new Social.Contracts.Events.AccountCreated { UserId = account.UserId, Handle = account.Handle, CreatedAt = account.CreatedAt },
            account.UserId.ToString(),
            TimeProvider.System);
}
