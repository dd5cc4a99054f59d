using Social.EventBus.Inbox;
using Social.Messaging.Domain.Activity;
using Social.Messaging.Domain.Stream;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// A randomized run of the activity inbox against an independent model: thousands of follows, likes, comments, undos,
/// blocks and unblocks, delivered late, out of order and twice, end in exactly the inbox and badges the model computes.
/// </summary>
public abstract partial class MessagingStoreConformance
{
    [Fact]
    public Task Inboxes_and_badges_after_reordered_and_duplicated_events_equal_a_plain_model() => ModelRunAsync(batched: false);

    /// <summary>
    /// The same run with the events applied as a busy inbox applies them: in batches of up to 40 (one transaction each),
    /// so that duplicates, undos ahead of their causes and several causes of one entry meet inside one batch.
    /// </summary>
    [Fact]
    public Task Inboxes_and_badges_after_events_applied_in_batches_equal_a_plain_model() => ModelRunAsync(batched: true);

    private async Task ModelRunAsync(bool batched)
    {
        var random = new Random(20312);
        var users = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            users.Add(await NewUserAsync());
        }

        var items = Enumerable.Range(0, 12).ToDictionary(_ => Guid.CreateVersion7(), i => users[i % users.Count]);
        var model = new ActivityModel(random, users, items, Clock.GetUtcNow());
        while (model.Events.Count < 3000)
        {
            model.Step();
        }

        // Each event lands up to 25 places from where it happened; one in ten comes twice, under the same message id or another.
        var deliveries = model.Events
            .SelectMany((e, i) => Copies(random, e, i))
            .OrderBy(d => d.Slot)
            .ToList();
        if (batched)
        {
            await DeliverInBatchesAsync(random, [.. deliveries.Select(d => (d.Message, d.Receipt))]);
        }
        else
        {
            foreach (var (message, receipt, _) in deliveries)
            {
                await Messaging.DeliverAsync(message, receipt);
            }
        }

        foreach (var user in users)
        {
            var inbox = await ActivityOfAsync(user);
            var actual = inbox
                .Select(e => ActivityModel.Describe(e.Entry.Type, e.Entry.ContentId, e.Entry.CommentId, e.Entry.ActorCount, e.Actors.Select(a => a.UserId)))
                .Order(StringComparer.Ordinal);
            Assert.Equal(model.ExpectedInboxOf(user), actual);
            var badges = await Messaging.Activity.BadgesAsync(user, Cancellation);
            Assert.Equal(inbox.Count, badges.UnseenActivity);
            // The last badges event on the stream says what the badge says now.
            var stream = await Messaging.Adapter.ReadStreamAsync(user, 0, int.MaxValue, Cancellation);
            Assert.Equal(badges.UnseenActivity, stream.LastOrDefault(e => e.Item.Type == StreamEventTypes.Badges)?.Item.Badges?.UnseenActivity ?? 0);
        }
    }

    /// <summary>Runs of events the inbox batches go in one batch each (of random length); the others are delivered alone, in their place.</summary>
    private async Task DeliverInBatchesAsync(Random random, IReadOnlyList<(object Message, MessageReceipt Receipt)> deliveries)
    {
        var batch = new List<ReceivedActivity>();
        var limit = random.Next(1, 41);
        foreach (var (message, receipt) in deliveries)
        {
            var causes = Storage.ActivityDelivery.BatchedCausesOf(message);
            if (causes is not null)
            {
                batch.Add(new ReceivedActivity(causes, receipt));
            }

            if (batch.Count > 0 && (causes is null || batch.Count == limit))
            {
                await Messaging.Inbox.ApplyBatchAsync(batch, Cancellation);
                batch.Clear();
                limit = random.Next(1, 41);
            }

            if (causes is null)
            {
                await Messaging.DeliverAsync(message, receipt);
            }
        }

        await Messaging.Inbox.ApplyBatchAsync(batch, Cancellation);
    }

    private static IEnumerable<(object Message, MessageReceipt Receipt, double Slot)> Copies(Random random, object message, int index)
    {
        var receipt = Receipt();
        yield return (message, receipt, index + random.NextDouble() * 25);
        if (random.Next(10) == 0)
        {
            yield return (message, random.Next(2) == 0 ? receipt : Receipt(), index + random.NextDouble() * 25);
        }
    }
}
