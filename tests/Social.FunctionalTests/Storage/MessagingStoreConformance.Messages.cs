using Social.Contracts.Events;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;

namespace Social.FunctionalTests.Storage;

/// <summary>Messages: seqs, idempotent sends, pages, read positions, edits, unsend and reactions.</summary>
public abstract partial class MessagingStoreConformance
{
    [Fact]
    public async Task Seq_grows_by_one_per_message_and_a_retried_client_message_id_sends_nothing_new()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var direct = await StartAsync(ana, bob);

        var first = await SendAsync(ana, direct, "one", "m-1");
        var second = await SendAsync(bob, direct, "two", "m-1");
        var retry = await Messaging.Sending.SendAsync(ana, direct, Draft("m-1", "one, again"), Cancellation);
        var third = await SendAsync(ana, direct, "three");

        Assert.Equal([1L, 2L, 3L], new[] { first.Seq, second.Seq, third.Seq });
        Assert.False(retry.Created);
        Assert.Equivalent(first, retry.Message, strict: true);
        Assert.Equal([1L, 2L, 3L], (await Messaging.EventsAsync()).OfType<MessageSent>().Select(e => e.Seq));
    }

    [Fact]
    public async Task The_same_client_message_id_sent_concurrently_is_one_message_with_one_seq()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var direct = await StartAsync(ana, bob);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => Messaging.Sending.SendAsync(ana, direct, Draft("same", "hello"), Cancellation))));
        var next = await SendAsync(ana, direct, "next");

        Assert.Single(results.Select(r => r.Message!.MessageId).Distinct());
        Assert.Single(results, r => r.Created);
        Assert.Equal(2, next.Seq);
        Assert.Equal([1L, 2L], (await Messaging.Messages.ListAsync(bob, direct, null, null, 10, Cancellation))!.Items.Select(m => m.Message.Seq));
        Assert.Equal(2, (await Messaging.EventsAsync()).OfType<MessageSent>().Count());
    }

    [Fact]
    public async Task Reading_moves_the_position_forward_drops_the_unread_count_and_a_reader_without_receipts_tells_no_one()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var direct = await StartAsync(ana, bob);
        for (var i = 0; i < 3; i++)
        {
            await SendAsync(ana, direct, $"m{i}");
        }

        Assert.Equal(3, (await Messaging.Conversations.GetAsync(bob, direct, Cancellation))!.Me.UnreadCount);
        Assert.Equal(0, (await Messaging.Conversations.GetAsync(ana, direct, Cancellation))!.Me.UnreadCount);

        var read = await Messaging.Reading.MarkReadAsync(bob, direct, 2, Cancellation);
        var older = await Messaging.Reading.MarkReadAsync(bob, direct, 1, Cancellation);
        Assert.Equal(new ReadPosition(direct, 2, 1), read.Position);
        Assert.Equal(new ReadPosition(direct, 2, 1), older.Position);
        Assert.Equal(["upToSeq"], (await Messaging.Reading.MarkReadAsync(bob, direct, 0, Cancellation)).Violations.Select(v => v.Field));
        Assert.Equal(["upToSeq"], (await Messaging.Reading.MarkReadAsync(bob, direct, 4, Cancellation)).Violations.Select(v => v.Field));
        Assert.Equal(ConversationDecision.NotFound, (await Messaging.Reading.MarkReadAsync(await NewUserAsync(), direct, 1, Cancellation)).Decision);

        await SetSettingsAsync(bob, s => s with { ReadReceipts = false });
        Assert.Equal(new ReadPosition(direct, 3, 0), (await Messaging.Reading.MarkReadAsync(bob, direct, 3, Cancellation)).Position);
        Assert.Equal(3, (await Messaging.Conversations.GetAsync(bob, direct, Cancellation))!.Me.ReadSeq);
        Assert.Equal([(bob, 2L)], (await Messaging.EventsAsync()).OfType<ConversationRead>().Select(e => (e.UserId, e.UpToSeq)));
    }

    [Fact]
    public async Task Pages_of_messages_go_back_from_the_newest_or_forward_from_a_seq()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var direct = await StartAsync(ana, bob);
        for (var i = 1; i <= 5; i++)
        {
            await SendAsync(i % 2 == 0 ? bob : ana, direct, $"m{i}");
        }

        // "seqs of the page -> where the next page continues from".
        async Task<string> Page(long? before, long? after) =>
            await Messaging.Messages.ListAsync(ana, direct, before, after, 2, Cancellation) is { } page
                ? $"{string.Join(",", page.Items.Select(m => m.Message.Seq))} -> {page.Next}"
                : "not found";

        Assert.Equal("4,5 -> 4", await Page(null, null));
        Assert.Equal("2,3 -> 2", await Page(4, null));
        Assert.Equal("1 -> ", await Page(2, null));
        Assert.Equal("3,4 -> 4", await Page(null, 2));
        Assert.Equal("5 -> ", await Page(null, 4));
        Assert.Equal("1,2 -> 2", await Page(null, 0));
    }

    [Fact]
    public async Task Only_the_sender_edits_with_history_and_unsends_for_everyone()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var direct = await StartAsync(ana, bob);
        var message = await SendAsync(ana, direct, "draft");
        var later = await SendAsync(ana, direct, "later");
        await Messaging.Reacting.AddAsync(bob, direct, message.MessageId, "👍", Cancellation);

        Assert.Equal(ConversationDecision.NotYours, (await Messaging.Changing.EditAsync(bob, direct, message.MessageId, "hijack", Cancellation)).Decision);
        Assert.Equal(ConversationDecision.NotYours, await Messaging.Changing.UnsendAsync(bob, direct, message.MessageId, Cancellation));
        Assert.Equal(["text"], (await Messaging.Changing.EditAsync(ana, direct, message.MessageId, " ", Cancellation)).Violations.Select(v => v.Field));
        var edited = await Messaging.Changing.EditAsync(ana, direct, message.MessageId, "final", Cancellation);
        Assert.Equal(("final", true), (edited.Message!.Text, edited.Message.EditedAt is not null));
        Assert.Equal(["draft"], (await Messaging.Messages.EditsAsync(bob, direct, message.MessageId, null, 10, Cancellation))!.Items.Select(e => e.Text));

        Assert.Equal(ConversationDecision.Allowed, await Messaging.Changing.UnsendAsync(ana, direct, message.MessageId, Cancellation));
        Assert.Equal(ConversationDecision.Allowed, await Messaging.Changing.UnsendAsync(ana, direct, message.MessageId, Cancellation));
        var page = (await Messaging.Messages.ListAsync(bob, direct, null, null, 10, Cancellation))!;
        var unsent = page.Items[0];
        Assert.Equal((true, null, 1L), (unsent.Message.Deleted, unsent.Message.Text, unsent.Message.Seq));
        Assert.Empty(unsent.Reactions);
        Assert.Equal(later.MessageId, page.Items[1].Message.MessageId);
        Assert.Empty((await Messaging.Messages.EditsAsync(bob, direct, message.MessageId, null, 10, Cancellation))!.Items);
        Assert.Equal(1, (await Messaging.Conversations.GetAsync(bob, direct, Cancellation))!.Me.UnreadCount);
        Assert.Equal(ConversationDecision.NotFound, (await Messaging.Changing.EditAsync(ana, direct, message.MessageId, "again", Cancellation)).Decision);

        var events = await Messaging.EventsAsync();
        Assert.Single(events.OfType<MessageEdited>());
        Assert.Equal([message.MessageId], events.OfType<MessageUnsent>().Select(e => e.MessageId));
    }

    [Fact]
    public async Task A_reaction_is_one_per_emoji_per_user_and_idempotent_both_ways()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var direct = await StartAsync(ana, bob);
        var message = await SendAsync(ana, direct, "react to me");

        await Messaging.Reacting.AddAsync(bob, direct, message.MessageId, "❤️", Cancellation);
        await Messaging.Reacting.AddAsync(bob, direct, message.MessageId, "❤️", Cancellation);
        await Messaging.Reacting.AddAsync(ana, direct, message.MessageId, "❤️", Cancellation);
        await Messaging.Reacting.AddAsync(bob, direct, message.MessageId, "😂", Cancellation);
        await Messaging.Reacting.RemoveAsync(ana, direct, message.MessageId, "😂", Cancellation);

        var seen = await Messaging.Messages.ViewAsync(ana, message, Cancellation);
        Assert.Equal([new ReactionSummary("❤️", 2, true), new ReactionSummary("😂", 1, false)], seen.Reactions);
        Assert.Equal(["emoji"], (await Messaging.Reacting.AddAsync(bob, direct, message.MessageId, "ok", Cancellation)).Violations.Select(v => v.Field));
        Assert.Equal(["emoji"], (await Messaging.Reacting.AddAsync(bob, direct, message.MessageId, "❤️❤️", Cancellation)).Violations.Select(v => v.Field));
        Assert.Equal(ConversationDecision.NotFound, (await Messaging.Reacting.AddAsync(await NewUserAsync(), direct, message.MessageId, "❤️", Cancellation)).Decision);

        await Messaging.Reacting.RemoveAsync(bob, direct, message.MessageId, "❤️", Cancellation);
        await Messaging.Reacting.RemoveAsync(bob, direct, message.MessageId, "❤️", Cancellation);
        Assert.Equal([new ReactionSummary("❤️", 1, false), new ReactionSummary("😂", 1, true)], (await Messaging.Messages.ViewAsync(bob, message, Cancellation)).Reactions);
        var events = await Messaging.EventsAsync();
        Assert.Equal(3, events.OfType<ReactionAdded>().Count());
        Assert.Single(events.OfType<ReactionRemoved>());
    }

    [Fact]
    public async Task Bad_messages_send_nothing_and_a_reply_is_to_a_message_of_the_same_conversation()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var cy = await NewUserAsync();
        var direct = await StartAsync(ana, bob);
        var elsewhere = await SendAsync(ana, await StartAsync(ana, cy), "elsewhere");

        async Task<IEnumerable<string>> Fields(MessageDraft draft) =>
            (await Messaging.Sending.SendAsync(ana, direct, draft, Cancellation)).Violations.Select(v => v.Field);

        Assert.Equal(["clientMessageId"], await Fields(Draft("", "hi")));
        Assert.Equal(["clientMessageId"], await Fields(Draft("has space", "hi")));
        Assert.Equal(["text"], await Fields(Draft("c", "   ")));
        Assert.Equal(["text"], await Fields(Draft("c", new string('x', MessageRules.TextMaxLength + 1))));
        Assert.Equal(["text"], await Fields(Draft("c", null)));
        Assert.Equal(["replyTo"], await Fields(new MessageDraft("c", "hi", elsewhere.MessageId, null, null)));
        Assert.Equal(["replyTo"], await Fields(new MessageDraft("c", "hi", Guid.CreateVersion7(), null, null)));
        Assert.Empty((await Messaging.Messages.ListAsync(ana, direct, null, null, 10, Cancellation))!.Items);

        var first = await SendAsync(bob, direct, "question");
        var story = Guid.CreateVersion7();
        var reply = await Messaging.Sending.SendAsync(ana, direct, new MessageDraft("r", null, first.MessageId, story, null), Cancellation);
        Assert.Equal((first.MessageId, story, (string?)null), (reply.Message!.ReplyTo, reply.Message.StoryId, reply.Message.Text));
        Assert.Equal([1L, 2L], (await Messaging.Messages.ListAsync(bob, direct, null, null, 10, Cancellation))!.Items.Select(m => m.Message.Seq));
    }
}
