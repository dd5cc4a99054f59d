using Microsoft.Extensions.Options;
using Social.Contracts.Events;
using Social.Contracts.Settings;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Stream;

namespace Social.FunctionalTests.Storage;

/// <summary>The live stream's storage on every adapter: fan-out in the change's transaction, gap-free positions, tickets, retention.</summary>
public abstract partial class MessagingStoreConformance
{
    [Fact]
    public async Task Each_change_lands_on_each_members_stream_at_their_next_position_and_wakes_them()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var direct = await StartAsync(ana, bob);
        var first = await SendAsync(ana, direct, "one");
        await Messaging.Changing.EditAsync(ana, direct, first.MessageId, "one!", Cancellation);
        await Messaging.Reacting.AddAsync(bob, direct, first.MessageId, "❤️", Cancellation);
        await Messaging.Reading.MarkReadAsync(bob, direct, 1, Cancellation);
        await Messaging.Changing.UnsendAsync(ana, direct, first.MessageId, Cancellation);

        string[] expected = ["conversation", "message", "message_edited", "reaction", "read", "message_deleted"];
        foreach (var user in new[] { ana, bob })
        {
            var entries = await Messaging.Adapter.ReadStreamAsync(user, 0, 100, Cancellation);
            Assert.Equal(expected, entries.Select(e => e.Item.Type));
            Assert.Equal(Enumerable.Range(1, expected.Length).Select(i => (long)i), entries.Select(e => e.Position));
            Assert.Equal(new StreamBounds(expected.Length, 1), await Messaging.Adapter.StreamBoundsAsync(user, Cancellation));
        }

        Assert.Equal(expected.Length, WakeUps.Of(bob));
        Assert.Equal(2, (await Messaging.Adapter.ReadStreamAsync(bob, 4, 100, Cancellation)).Count);
    }

    [Fact]
    public async Task Streams_are_woken_only_after_the_commit_and_never_by_a_transaction_that_fails()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var direct = await StartAsync(ana, bob);
        var before = WakeUps.All.Count;
        var item = new StreamItem(StreamEventTypes.Message, direct, Guid.CreateVersion7(), 1, ana);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Messaging.Adapter.WriteAsync<bool>(
            async (transaction, ct) =>
            {
                await transaction.AppendToStreamsAsync([bob], item, ct);
                transaction.WakeStreams([bob]);
                throw new InvalidOperationException("the change fails after appending");
            },
            Cancellation));

        Assert.Equal(before, WakeUps.All.Count);
        var head = (await Messaging.Adapter.StreamBoundsAsync(bob, Cancellation)).Head;

        var seenInsideTheTransaction = await Messaging.Adapter.WriteAsync(
            async (transaction, ct) =>
            {
                await transaction.AppendToStreamsAsync([bob], item, ct);
                transaction.WakeStreams([bob]);
                return WakeUps.All.Count;
            },
            Cancellation);

        Assert.Equal(before, seenInsideTheTransaction);
        Assert.Equal([bob], WakeUps.All[^1]);
        Assert.Equal(head + 1, (await Messaging.Adapter.StreamBoundsAsync(bob, Cancellation)).Head);
    }

    [Fact]
    public async Task Concurrent_sends_give_gap_free_positions_and_a_retried_send_appends_nothing()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var cy = await NewUserAsync();
        var group = (await Messaging.Starting.StartAsync(ana, [bob, cy], null, null, Cancellation)).ConversationId!.Value;

        var results = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() =>
            Messaging.Sending.SendAsync(i % 3 == 0 ? ana : cy, group, Draft($"c{i % 12}", "hi"), Cancellation))));

        // Twelve client message ids, each sent twice by the same sender: twelve messages.
        var sent = results.Select(r => r.Message!.MessageId).Distinct().ToList();
        Assert.Equal(12, sent.Count);
        var entries = await Messaging.Adapter.ReadStreamAsync(bob, 0, 100, Cancellation);
        Assert.Equal(Enumerable.Range(1, 13).Select(i => (long)i), entries.Select(e => e.Position));
        Assert.Equal(sent.Order(), entries.Where(e => e.Item.Type == StreamEventTypes.Message).Select(e => e.Item.MessageId!.Value).Order());
    }

    [Fact]
    public async Task A_group_member_blocked_either_way_with_the_sender_and_one_who_declined_get_nothing_of_theirs()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var cy = await NewUserAsync();
        var dan = await NewUserAsync();
        var group = (await Messaging.Starting.StartAsync(ana, [bob, cy, dan], null, null, Cancellation)).ConversationId!.Value;
        await SetSettingsAsync(dan, s => s with { WhoCanMessage = Audiences.Followers });
        var direct = await StartAsync(ana, dan);
        await Messaging.Blocks.BlockedAsync(new UserBlocked { BlockerId = cy, BlockedId = ana, At = Clock.GetUtcNow() }, Receipt(), Cancellation);
        Assert.Equal(ConversationDecision.Allowed, await Messaging.Mine.DeclineAsync(dan, direct, Cancellation));

        await SendAsync(ana, group, "to the group");
        await SendAsync(ana, direct, "to dan");

        Assert.Equal(["conversation", "message"], (await Messaging.Adapter.ReadStreamAsync(bob, 0, 100, Cancellation)).Select(e => e.Item.Type));
        Assert.Equal(["conversation"], (await Messaging.Adapter.ReadStreamAsync(cy, 0, 100, Cancellation)).Select(e => e.Item.Type));
        // Dan hears of the group's message, of the request and of his own decline, and of nothing after it.
        Assert.Equal(
            [("conversation", group), ("conversation", direct), ("conversation", direct), ("message", group)],
            (await Messaging.Adapter.ReadStreamAsync(dan, 0, 100, Cancellation)).Select(e => (e.Item.Type, e.Item.ConversationId)));
        Assert.Equal(
            [ConversationChanges.Created, ConversationChanges.Created, ConversationChanges.Declined],
            (await Messaging.Adapter.ReadStreamAsync(dan, 0, 100, Cancellation)).Where(e => e.Item.Type == "conversation").Select(e => e.Item.Change));
    }

    [Fact]
    public async Task A_ticket_opens_its_owners_stream_once_even_when_raced_and_not_after_sixty_seconds()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var raced = await Messaging.Tickets.IssueAsync(ana, Cancellation);
        var redeemed = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Messaging.Tickets.RedeemAsync(raced.Ticket, null, Cancellation))));
        Assert.Equal([ana], redeemed.Where(r => r is not null).Select(r => r!.Value));

        var stolen = await Messaging.Tickets.IssueAsync(ana, Cancellation);
        Assert.Null(await Messaging.Tickets.RedeemAsync(stolen.Ticket, bob, Cancellation));
        Assert.Null(await Messaging.Tickets.RedeemAsync(stolen.Ticket, ana, Cancellation));

        var late = await Messaging.Tickets.IssueAsync(ana, Cancellation);
        Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Null(await Messaging.Tickets.RedeemAsync(late.Ticket, ana, Cancellation));
        Assert.Null(await Messaging.Tickets.RedeemAsync("never-issued", null, Cancellation));
    }

    [Fact]
    public async Task Purging_forgets_old_entries_oldest_first_and_the_positions_go_on()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var direct = await StartAsync(ana, bob);
        await SendAsync(ana, direct, "old");
        Clock.Advance(TimeSpan.FromHours(1));
        var cutoff = Clock.GetUtcNow();
        await SendAsync(ana, direct, "new");

        Assert.Equal(2, await Messaging.Adapter.PurgeStreamAsync(cutoff, 2, Cancellation));
        Assert.Equal(2, await Messaging.Adapter.PurgeStreamAsync(cutoff, 2, Cancellation));
        Assert.Equal(0, await Messaging.Adapter.PurgeStreamAsync(cutoff, 2, Cancellation));

        var bounds = await Messaging.Adapter.StreamBoundsAsync(bob, Cancellation);
        Assert.Equal(new StreamBounds(3, 3), bounds);
        Assert.True(StreamRules.IsLost(1, bounds));
        Assert.False(StreamRules.IsLost(2, bounds));
        await SendAsync(ana, direct, "newer");
        Assert.Equal([3L, 4L], (await Messaging.Adapter.ReadStreamAsync(bob, 0, 100, Cancellation)).Select(e => e.Position));
    }

    [Fact]
    public async Task A_follower_replays_what_was_missed_then_goes_live_on_a_wake_up_with_typing_between()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var direct = await StartAsync(ana, bob);
        await SendAsync(ana, direct, "one");
        await SendAsync(ana, direct, "two");
        var hub = new StreamHub(Clock);
        var live = new LiveStreams(
            Messaging.Adapter, hub, new StreamReads(Messaging.Adapter, Messaging.Messages), Options.Create(new StreamOptions { HeartbeatInterval = TimeSpan.FromHours(1) }), Clock);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var events = live.FollowAsync(bob, 2, stop.Token).GetAsyncEnumerator(stop.Token);

        Assert.True(await events.MoveNextAsync());
        Assert.Equal((3L, "two"), (events.Current.Position, events.Current.Message!.Message.Text));

        // Nothing is left: the next event waits for a wake-up, and then reads the store from where it was.
        var next = events.MoveNextAsync().AsTask();
        await SendAsync(ana, direct, "three");
        hub.Wake([bob]);
        Assert.True(await next);
        Assert.Equal((4L, "three"), (events.Current.Position, events.Current.Message!.Message.Text));

        hub.Typing(new UserTyping { ConversationId = direct, UserId = ana, RecipientIds = [bob], ExpiresAt = Clock.GetUtcNow() - TimeSpan.FromSeconds(1) });
        hub.Typing(new UserTyping { ConversationId = direct, UserId = ana, RecipientIds = [bob], ExpiresAt = TypingRules.ExpiresAt(Clock.GetUtcNow()) });
        Assert.True(await events.MoveNextAsync());
        Assert.Equal((0L, StreamEventTypes.Typing, ana), (events.Current.Position, events.Current.Type, events.Current.Item!.UserId!.Value));

        await SendAsync(ana, direct, "four");
        hub.Wake([bob]);
        hub.Wake([bob]);
        Assert.True(await events.MoveNextAsync());
        Assert.Equal(5L, events.Current.Position);
        Assert.Equal(1, hub.OpenStreams);
    }

    [Fact]
    public async Task An_entry_whose_wake_up_was_lost_arrives_at_the_first_heartbeat_after_the_check_interval_not_each_heartbeat()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var direct = await StartAsync(ana, bob);
        var options = new StreamOptions { HeartbeatInterval = TimeSpan.FromSeconds(15), MissedWakeUpCheckInterval = TimeSpan.FromMinutes(1) };
        var hub = new StreamHub(Clock);
        var live = new LiveStreams(Messaging.Adapter, hub, new StreamReads(Messaging.Adapter, Messaging.Messages), Options.Create(options), Clock);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var heartbeatClock = new StreamHeartbeats(hub, Options.Create(options), Clock);
        await heartbeatClock.StartAsync(stop.Token);
        var head = (await Messaging.Adapter.StreamBoundsAsync(bob, Cancellation)).Head;
        await using var events = live.FollowAsync(bob, head, stop.Token).GetAsyncEnumerator(stop.Token);
        var started = Clock.GetUtcNow();

        // Sent with no wake-up for bob's stream (as when the notice is lost): only a read of the store can find it.
        var first = events.MoveNextAsync().AsTask();
        await SendAsync(ana, direct, "unannounced");
        var heartbeats = 0;
        while (true)
        {
            Assert.True(await AdvanceUntilDoneAsync(first, stop.Token));
            if (events.Current.Type != StreamEventTypes.Heartbeat)
            {
                break;
            }

            heartbeats++;
            first = events.MoveNextAsync().AsTask();
        }

        Assert.Equal("unannounced", events.Current.Message!.Message.Text);
        Assert.True(heartbeats >= 2, $"read the store after {heartbeats} heartbeat(s)");
        Assert.True(Clock.GetUtcNow() - started >= options.MissedWakeUpCheckInterval);
        await heartbeatClock.StopAsync(Cancellation);
    }

    /// <summary>Moves the clock a second at a time until <paramref name="next"/> completes (a heartbeat is a timer).</summary>
    private async Task<bool> AdvanceUntilDoneAsync(Task<bool> next, CancellationToken cancellationToken)
    {
        while (!next.IsCompleted)
        {
            Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(next, Task.Delay(5, cancellationToken));
        }

        return await next;
    }
}
