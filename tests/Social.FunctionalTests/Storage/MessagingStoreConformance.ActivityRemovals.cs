using Social.Contracts.Events;
using Social.Messaging.Domain.Activity;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// A deleted account's activity goes in bounded batches after the deletion, each its own transaction, from a marker
/// that survives a restart; meanwhile nothing new reaches or comes from the account.
/// </summary>
public abstract partial class MessagingStoreConformance
{
    [Fact]
    public async Task A_deleted_accounts_activity_goes_in_bounded_batches_that_another_worker_finishes()
    {
        var ana = await NewUserAsync();
        var others = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var other = await NewUserAsync();
            others.Add(other);
            // Four entries in ana's inbox (their follows), four entries of ana's in theirs (her likes).
            await Messaging.DeliverAsync(new UserFollowed { FollowerId = other, FolloweeId = ana, At = Clock.GetUtcNow() }, Receipt());
            await Messaging.DeliverAsync(new ContentLiked { ContentId = Guid.CreateVersion7(), OwnerId = other, UserId = ana, At = Clock.GetUtcNow() }, Receipt());
        }

        Assert.True(await Messaging.Users.RemoveAsync(ana, Receipt(), Cancellation));
        // Nothing new for or from her while the removal is pending.
        await Messaging.DeliverAsync(new ContentLiked { ContentId = Guid.CreateVersion7(), OwnerId = others[0], UserId = ana, At = Clock.GetUtcNow() }, Receipt());
        await Messaging.DeliverAsync(new ContentLiked { ContentId = Guid.CreateVersion7(), OwnerId = ana, UserId = others[0], At = Clock.GetUtcNow() }, Receipt());

        // One batch (of two causes) leaves the rest to do, and a worker of another instance (or after a restart) goes on.
        Assert.True(await Messaging.ActivityRemovals.RunBatchAsync(Cancellation));
        Assert.Equal(2, (await Task.WhenAll(others.Select(o => ActivityOfAsync(o)))).Count(inbox => inbox.Count == 1));
        var batches = await new ActivityRemovals(Messaging.Adapter, batchSize: 2).RunUntilIdleAsync(Cancellation);

        // Her other two likes in one batch; her inbox (one entry, the day's four follows grouped) in one, its four causes
        // in two; and a last one that finds nothing left and ends the removal.
        Assert.Equal(5, batches);
        foreach (var other in others)
        {
            Assert.Empty(await ActivityOfAsync(other));
            Assert.Equal(0, (await Messaging.Activity.BadgesAsync(other, Cancellation)).UnseenActivity);
        }

        Assert.Empty(await ActivityOfAsync(ana));
        Assert.Equal(0, (await Messaging.Activity.BadgesAsync(ana, Cancellation)).UnseenActivity);
        Assert.False(await Messaging.ActivityRemovals.RunBatchAsync(Cancellation));
    }
}
