using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Social.Contracts.Events;
using Social.FunctionalTests.Infrastructure;
using Social.ServiceDefaults;
using Social.Testing;

namespace Social.FunctionalTests.Profile;

/// <summary>
/// Graph's counts from the broker reach the profile: per shard the highest version wins, however events arrive, and the
/// profile shows the sums; a FollowCountsChanged from before the shards is shard 0.
/// </summary>
public sealed class FollowCountsTests(SharedBroker broker) : IAsyncLifetime
{
    private const string Consumer = "profile.follow-counts-changed";
    private const string ShardConsumer = "profile.follow-counts-shard-changed";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private Suite _suite = null!;
    private HttpClient _client = null!;
    private IBus _bus = null!;

    public async ValueTask InitializeAsync()
    {
        _suite = await Suite.StartAsync(broker.Node);
        _client = _suite.Profile.CreateClient();
        _bus = _suite.Profile.Services.GetRequiredService<IBus>();
    }

    public ValueTask DisposeAsync() => _suite.DisposeAsync();

    [Fact]
    public async Task Me_shows_the_counts_of_the_highest_version_despite_duplicated_and_late_events()
    {
        using var inbox = new InboxMeter();
        var (_, token) = await OAuthApi.NewSignedInUserAsync(_client);
        var userId = Guid.Parse((await MeAsync(token)).GetProperty("userId").GetString()!);
        var current = NewId.NextGuid();

        await PublishAsync(Counts(userId, 3, 5, version: 2), current);
        await CountsShownAsync(token, "3", "5");

        // A redelivery, a late older version and a rival of the same version: none of them may change the counts.
        var late = NewId.NextGuid();
        var rival = NewId.NextGuid();
        await PublishAsync(Counts(userId, 3, 5, version: 2), current);
        await PublishAsync(Counts(userId, 1, 1, version: 1), late);
        await PublishAsync(Counts(userId, 9, 9, version: 2), rival);
        await Eventually.ReturnsAsync(() => ReceiptsAsync(current, late, rival), n => n == 3, Patience, "the late and the rival event in the inbox");
        await Eventually.ReturnsAsync(() => Task.FromResult(inbox.Duplicates(Consumer)), n => n >= 1, Patience, "the redelivery recognised");

        Assert.Equal(("3", "5"), await CountsOnMeAsync(token));

        await PublishAsync(Counts(userId, 4, 6, version: 3), NewId.NextGuid());
        await CountsShownAsync(token, "4", "6");
    }

    [Fact]
    public async Task Me_shows_the_sums_of_the_newest_shards_despite_reordered_and_duplicated_events()
    {
        var (_, token) = await OAuthApi.NewSignedInUserAsync(_client);
        var userId = Guid.Parse((await MeAsync(token)).GetProperty("userId").GetString()!);
        await PublishAsync(Counts(userId, 10, 2, version: 3), NewId.NextGuid());
        await CountsShownAsync(token, "10", "2");

        // Shard 5's versions 2, then 1 (late), then 2 again; shard 9 once; and a late total from before the shards.
        var (newest, late, other, former) = (NewId.NextGuid(), NewId.NextGuid(), NewId.NextGuid(), NewId.NextGuid());
        await PublishAsync(Shard(userId, 5, followers: 2, following: 1, version: 2), newest);
        await PublishAsync(Shard(userId, 5, followers: 1, following: 0, version: 1), late);
        await PublishAsync(Shard(userId, 5, followers: 2, following: 1, version: 2), newest);
        await PublishAsync(Shard(userId, 9, followers: -1, following: 0, version: 1), other);
        await PublishAsync(Counts(userId, 1, 1, version: 2), former);
        await Eventually.ReturnsAsync(() => ReceiptsAsync(ShardConsumer, newest, late, other), n => n == 3, Patience, "the shard events in the inbox");
        await Eventually.ReturnsAsync(() => ReceiptsAsync(Consumer, former), n => n == 1, Patience, "the late total in the inbox");

        Assert.Equal(("11", "3"), await CountsOnMeAsync(token));
    }

    [Fact]
    public async Task Counts_of_a_user_without_a_profile_are_consumed_and_create_no_profile()
    {
        var userId = Guid.CreateVersion7();
        var messageId = NewId.NextGuid();

        await PublishAsync(Counts(userId, 3, 5, version: 1), messageId);

        // Received, not retried into the error queue: the event of a deleted profile has nothing left to update.
        await Eventually.ReturnsAsync(() => ReceiptsAsync(messageId), n => n == 1, Patience, "the event in the inbox");
        Assert.Equal(0, await SqliteProbe.CountAsync(_suite.DatabaseOf(ResourceNames.Profile), "SELECT COUNT(*) FROM profiles WHERE user_id = $id", ("$id", userId.ToString())));
    }

    private static FollowCountsChanged Counts(Guid userId, long followers, long following, long version) =>
        new() { UserId = userId, Followers = followers, Following = following, Version = version };

    private static FollowCountsShardChanged Shard(Guid userId, int shard, long followers, long following, long version) =>
        new() { UserId = userId, Shard = shard, Followers = followers, Following = following, Version = version, At = DateTimeOffset.UtcNow };

    private Task PublishAsync<TEvent>(TEvent counts, Guid messageId)
        where TEvent : class =>
        _bus.Publish(counts, context => context.MessageId = messageId, TestContext.Current.CancellationToken);

    private async Task<JsonElement> MeAsync(string token) =>
        await ProfileApi.ReadJsonAsync(await OAuthApi.GetMeAsync(_client, token));

    /// <summary>
    /// Followers and following on me, as text: the same whether transcoding writes int64 fields as JSON numbers (its
    /// default) or as strings (the proto3 JSON mapping).
    /// </summary>
    private async Task<(string Followers, string Following)> CountsOnMeAsync(string token)
    {
        var me = await MeAsync(token);
        return (me.GetProperty("followersCount").ToString(), me.GetProperty("followingCount").ToString());
    }

    private async Task CountsShownAsync(string token, string followers, string following) =>
        await Eventually.ReturnsAsync(() => CountsOnMeAsync(token), counts => counts == (followers, following), Patience, $"followers {followers}, following {following} on me");

    /// <summary>How many of these messages the consumer of FollowCountsChanged has recorded in Profile's inbox.</summary>
    private Task<long> ReceiptsAsync(params Guid[] messageIds) => ReceiptsAsync(Consumer, messageIds);

    /// <summary>How many of these messages <paramref name="consumer"/> has recorded in Profile's inbox.</summary>
    private async Task<long> ReceiptsAsync(string consumer, params Guid[] messageIds)
    {
        long received = 0;
        foreach (var messageId in messageIds)
        {
            received += await SqliteProbe.CountAsync(
                _suite.DatabaseOf(ResourceNames.Profile),
                "SELECT COUNT(*) FROM inbox WHERE consumer = $consumer AND message_id = $id",
                ("$consumer", consumer),
                ("$id", messageId.ToString()));
        }

        return received;
    }
}
