using Social.Contracts.Events;
using Social.Messaging.Domain.Activity;
using Social.Messaging.Domain.Stream;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// The activity inbox under load applies many events in one transaction: each keeps its own receipt and sees what the
/// ones before it in the batch wrote, so a batch ends as delivering its events one by one would, told with one notice.
/// </summary>
public abstract partial class MessagingStoreConformance
{
    [Fact]
    public async Task A_batch_with_a_duplicate_and_an_undo_ahead_of_its_cause_ends_as_one_by_one_delivery()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var cy = await NewUserAsync();
        var dan = await NewUserAsync();
        var item = Guid.CreateVersion7();
        var at = Clock.GetUtcNow();
        var bobLikes = new ContentLiked { ContentId = item, OwnerId = ana, UserId = bob, At = at };
        var cyLikes = new ContentLiked { ContentId = item, OwnerId = ana, UserId = cy, At = at };
        var cyUnlikes = new ContentUnliked { ContentId = item, OwnerId = ana, UserId = cy, Reason = LikeEndReasons.Unliked, At = at.AddSeconds(1) };
        var danLikes = new ContentLiked { ContentId = item, OwnerId = ana, UserId = dan, At = at.AddSeconds(2) };
        var (bobReceipt, danReceipt) = (Receipt(), Receipt());
        var wakeUpsBefore = WakeUps.All.Count;

        var applied = await Messaging.Inbox.ApplyBatchAsync(
            [
                Received(bobLikes, bobReceipt),
                Received(cyUnlikes, Receipt()),
                Received(bobLikes, bobReceipt),
                Received(danLikes, danReceipt),
                Received(cyLikes, Receipt()),
                // The same like again under another message id (a republish): the newest state is already stored.
                Received(danLikes, Receipt()),
            ],
            Cancellation);

        Assert.Equal([true, true, false, true, true, true], applied);
        var entry = Assert.Single(await ActivityOfAsync(ana));
        Assert.Equal((ActivityTypes.Like, 2L), (entry.Entry.Type, entry.Entry.ActorCount));
        Assert.Equal([dan, bob], entry.Actors.Select(a => a.UserId));
        Assert.Equal(1, (await Messaging.Activity.BadgesAsync(ana, Cancellation)).UnseenActivity);
        var stream = await Messaging.Adapter.ReadStreamAsync(ana, 0, int.MaxValue, Cancellation);
        Assert.Equal(1, stream.Last(e => e.Item.Type == StreamEventTypes.Badges).Item.Badges?.UnseenActivity);
        // One wake-up for the whole batch, not one per event.
        Assert.Equal([ana], Assert.Single(WakeUps.All.Skip(wakeUpsBefore)));

        // Delivered again in another batch, nothing changes.
        Assert.Equal([false, false], await Messaging.Inbox.ApplyBatchAsync([Received(bobLikes, bobReceipt), Received(danLikes, danReceipt)], Cancellation));
        Assert.Equal(2L, Assert.Single(await ActivityOfAsync(ana)).Entry.ActorCount);
    }

    [Fact]
    public async Task A_batch_asks_nothing_of_a_muted_or_blocked_actor_and_applies_the_rest()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var muted = await NewUserAsync();
        var blocked = await NewUserAsync();
        Messaging.Relationships.Mute(ana, muted);
        Messaging.Relationships.Block(ana, blocked);
        var item = Guid.CreateVersion7();
        var at = Clock.GetUtcNow();

        var applied = await Messaging.Inbox.ApplyBatchAsync(
            [
                Received(new ContentLiked { ContentId = item, OwnerId = ana, UserId = muted, At = at }, Receipt()),
                Received(new ContentLiked { ContentId = item, OwnerId = ana, UserId = bob, At = at }, Receipt()),
                Received(new ContentLiked { ContentId = item, OwnerId = ana, UserId = blocked, At = at }, Receipt()),
                Received(new ContentLiked { ContentId = item, OwnerId = ana, UserId = ana, At = at }, Receipt()),
            ],
            Cancellation);

        // Each message counts as received (its receipt is kept), but only bob's like is kept.
        Assert.Equal([true, true, true, true], applied);
        var entry = Assert.Single(await ActivityOfAsync(ana));
        Assert.Equal([bob], entry.Actors.Select(a => a.UserId));
        Assert.Equal(1L, entry.Entry.ActorCount);
    }

    private static ReceivedActivity Received(object message, Social.EventBus.Inbox.MessageReceipt receipt) =>
        new(ActivityDelivery.BatchedCausesOf(message) ?? throw new ArgumentException($"{message.GetType().Name} is not applied in batches.", nameof(message)), receipt);
}
