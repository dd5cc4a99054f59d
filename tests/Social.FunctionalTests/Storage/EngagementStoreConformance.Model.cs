using Social.Contracts.Events;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// The randomized model: thousands of operations, every event consumed twice; the counts equal the likes and the
/// comments that must be there.
/// </summary>
public abstract partial class EngagementStoreConformance
{
    [Fact]
    public async Task After_thousands_of_random_operations_every_count_equals_its_likes_and_nothing_drifted()
    {
        var random = new Random(20301201);
        var model = new EngagementModel();
        var users = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            users.Add(await NewUserAsync());
        }

        foreach (var owner in users)
        {
            for (var i = 0; i < 2; i++)
            {
                var item = await NewContentAsync(owner);
                model.Created(owner, item);
            }
        }

        for (var step = 0; step < 2000; step++)
        {
            var user = users[random.Next(users.Count)];
            var other = users[random.Next(users.Count)];
            var items = model.Items.ToList();
            var roll = random.Next(120);
            if (roll >= 100 && items.Count > 0)
            {
                var item = items[random.Next(items.Count)];
                var existing = model.CommentsOn(item);
                if (roll < 112 || existing.Count == 0)
                {
                    // A comment, or a reply to one already there.
                    Guid? replyTo = existing.Count > 0 && random.Next(2) == 0 ? existing[random.Next(existing.Count)] : null;
                    var posted = await Engagement.Commenting.PostAsync(user, item, "c " + step, replyTo, null, Cancellation);
                    Assert.Equal(model.MayComment(user, item, replyTo), posted.Comment is not null);
                    if (posted.Comment is { } comment)
                    {
                        model.Commented(comment.CommentId, user, item);
                    }
                }
                else
                {
                    var comment = existing[random.Next(existing.Count)];
                    await Engagement.Commenting.DeleteAsync(model.AuthorOf(comment), comment, Cancellation);
                    model.Uncommented(comment);
                }
            }
            else if (roll < 45 && items.Count > 0)
            {
                var item = items[random.Next(items.Count)];
                await Engagement.Liking.LikeAsync(user, item, Cancellation);
                model.Like(user, item);
            }
            else if (roll < 75 && items.Count > 0)
            {
                var item = items[random.Next(items.Count)];
                await Engagement.Liking.UnlikeAsync(user, item, Cancellation);
                model.Unlike(user, item);
            }
            else if (roll < 85 && user != other)
            {
                // Graph severs the pair at once; its event reaches Engagement, twice.
                Engagement.Relationships.Block(user, other);
                var blocked = new UserBlocked { BlockerId = user, BlockedId = other, At = Clock.GetUtcNow() };
                var receipt = Receipt();
                await Engagement.Blocks.BlockedAsync(blocked, receipt, Cancellation);
                await Engagement.Blocks.BlockedAsync(blocked, receipt, Cancellation);
                model.Block(user, other);
            }
            else if (roll < 95 && user != other)
            {
                Engagement.Relationships.Unblock(user, other);
                var unblocked = new UserUnblocked { BlockerId = user, BlockedId = other, At = Clock.GetUtcNow() };
                var receipt = Receipt();
                await Engagement.Blocks.UnblockedAsync(unblocked, receipt, Cancellation);
                await Engagement.Blocks.UnblockedAsync(unblocked, receipt, Cancellation);
                model.Unblock(user, other);
            }
            else if (roll < 98 && items.Count > 0)
            {
                var item = items[random.Next(items.Count)];
                await Engagement.Publishing.RemoveAsync(item, Cancellation);
                model.Delete(item);
            }
            else if (!model.IsDeleted(user) && users.Count(u => !model.IsDeleted(u)) > 3)
            {
                var receipt = Receipt();
                await Engagement.Users.RemoveAsync(user, receipt, Cancellation);
                await Engagement.Users.RemoveAsync(user, receipt, Cancellation);
                model.DeleteAccount(user);
            }
        }

        foreach (var item in model.Items)
        {
            var stored = await Engagement.Adapter.FindContentAsync(item, Cancellation);
            Assert.Equal((model.LikesOf(item), model.CommentsOf(item)), (stored!.LikesCount, stored.CommentsCount));
        }

        foreach (var owner in users.Where(u => !model.IsDeleted(u)))
        {
            Assert.Equal(model.LikesReceivedBy(owner), await LikesReceivedAsync(owner));
        }

        var reconciliation = await Engagement.Reconciler.ReconcileAsync(repair: false, Cancellation);
        Assert.Equal(model.Items.Count, reconciliation.ItemsChecked);
        Assert.Empty(reconciliation.Drift);
        Assert.Empty((await Engagement.LikesReceivedReconciler.ReconcileAsync(repair: false, announce: false, Cancellation)).Drift);
    }
}
