using Social.Contracts.Events;
using Social.Messaging.Domain.Conversations;

namespace Social.FunctionalTests.Storage;

/// <summary>Blocks (Graph's answers now, its events in the replica) and account deletion.</summary>
public abstract partial class MessagingStoreConformance
{
    [Fact]
    public async Task A_block_event_locks_the_pairs_direct_conversation_both_ways_and_only_a_newer_unblock_opens_it()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var direct = await StartAsync(ana, bob);
        await SendAsync(bob, direct, "hi");
        var blockedAt = Clock.GetUtcNow();

        Assert.True(await Messaging.Blocks.BlockedAsync(new UserBlocked { BlockerId = ana, BlockedId = bob, At = blockedAt }, Receipt(), Cancellation));
        foreach (var (me, other) in new[] { (ana, bob), (bob, ana) })
        {
            Assert.Null(await Messaging.Conversations.GetAsync(me, direct, Cancellation));
            Assert.Empty(await ListAsync(me, Folders.Inbox));
            Assert.Equal(ConversationDecision.NotFound, (await Messaging.Sending.SendAsync(me, direct, Draft("x", "hello?"), Cancellation)).Decision);
            Assert.Equal(ConversationDecision.NotFound, (await Messaging.Starting.StartAsync(me, [other], null, null, Cancellation)).Decision);
        }

        // An unblock older than the block (a late event) changes nothing; a newer one opens the conversation again.
        await Messaging.Blocks.UnblockedAsync(new UserUnblocked { BlockerId = ana, BlockedId = bob, At = blockedAt.AddSeconds(-1) }, Receipt(), Cancellation);
        Assert.Null(await Messaging.Conversations.GetAsync(bob, direct, Cancellation));
        await Messaging.Blocks.UnblockedAsync(new UserUnblocked { BlockerId = ana, BlockedId = bob, At = blockedAt.AddSeconds(1) }, Receipt(), Cancellation);
        Assert.NotNull(await Messaging.Conversations.GetAsync(bob, direct, Cancellation));
        Assert.Equal(2, (await SendAsync(ana, direct, "sorry")).Seq);
    }

    [Fact]
    public async Task Graphs_answer_hides_a_direct_conversation_before_the_block_event_arrives()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var direct = await StartAsync(ana, bob);
        var message = await SendAsync(ana, direct, "hi");
        Messaging.Relationships.Block(bob, ana);

        Assert.Null(await Messaging.Conversations.GetAsync(ana, direct, Cancellation));
        Assert.Null(await Messaging.Messages.ListAsync(bob, direct, null, null, 10, Cancellation));
        Assert.Empty(await ListAsync(ana, Folders.Inbox));
        Assert.Equal(ConversationDecision.NotFound, (await Messaging.Sending.SendAsync(ana, direct, Draft("x", "hello?"), Cancellation)).Decision);
        Assert.Equal(ConversationDecision.NotFound, (await Messaging.Reacting.AddAsync(bob, direct, message.MessageId, "👍", Cancellation)).Decision);
        Assert.Equal(ConversationDecision.NotFound, await Messaging.Mine.MuteAsync(bob, direct, true, Cancellation));
    }

    [Fact]
    public async Task In_a_group_a_blocked_members_messages_are_hidden_from_the_blocker_only()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var cy = await NewUserAsync();
        var group = (await Messaging.Starting.StartAsync(ana, [bob, cy], "g", null, Cancellation)).ConversationId!.Value;
        await SendAsync(cy, group, "from cy");
        var bobs = await SendAsync(bob, group, "from bob");
        Messaging.Relationships.Block(ana, bob);

        Assert.Equal(["from cy"], (await Messaging.Messages.ListAsync(ana, group, null, null, 10, Cancellation))!.Items.Select(m => m.Message.Text));
        Assert.Equal(["from cy", "from bob"], (await Messaging.Messages.ListAsync(cy, group, null, null, 10, Cancellation))!.Items.Select(m => m.Message.Text));
        Assert.Null((await Messaging.Conversations.GetAsync(ana, group, Cancellation))!.LastMessage);
        Assert.Equal("from bob", (await Messaging.Conversations.GetAsync(cy, group, Cancellation))!.LastMessage!.Message.Text);
        Assert.Equal(ConversationDecision.NotFound, (await Messaging.Reacting.AddAsync(ana, group, bobs.MessageId, "👍", Cancellation)).Decision);
        Assert.Null(await Messaging.Messages.EditsAsync(ana, group, bobs.MessageId, null, 10, Cancellation));
    }

    [Fact]
    public async Task A_deleted_account_leaves_every_conversation_its_messages_are_unsent_and_its_groups_keep_an_admin()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var cy = await NewUserAsync();
        var group = (await Messaging.Starting.StartAsync(ana, [bob, cy], "g", null, Cancellation)).ConversationId!.Value;
        var direct = await StartAsync(ana, bob);
        var message = await SendAsync(ana, direct, "personal");
        await Messaging.Reacting.AddAsync(ana, group, (await SendAsync(cy, group, "hey")).MessageId, "👍", Cancellation);

        Assert.True(await Messaging.Users.RemoveAsync(ana, Receipt(), Cancellation));

        var left = (await Messaging.Conversations.GetAsync(bob, group, Cancellation))!;
        // Bob and Cy joined together: the role goes to the first of them in the members' order.
        Assert.Equal(new[] { bob, cy }.Order(), left.Members.Select(m => m.UserId).Order());
        Assert.Equal([left.Members[0].UserId], left.Members.Where(m => m.IsAdmin).Select(m => m.UserId));
        Assert.Empty(left.LastMessage!.Reactions);
        var page = (await Messaging.Messages.ListAsync(bob, direct, null, null, 10, Cancellation))!;
        Assert.Equal((message.MessageId, true, (string?)null), (page.Items[0].Message.MessageId, page.Items[0].Message.Deleted, page.Items[0].Message.Text));
        Assert.Empty(await ListAsync(ana, Folders.Inbox));
        Assert.Equal(ConversationDecision.NotFound, (await Messaging.Sending.SendAsync(bob, direct, Draft("x", "anyone?"), Cancellation)).Decision);
        Assert.Equal(
            [(group, MemberEndReasons.AccountDeleted), (direct, MemberEndReasons.AccountDeleted)],
            (await Messaging.EventsAsync()).OfType<ConversationMemberRemoved>().Select(e => (e.ConversationId, e.Reason)).OrderBy(e => e.ConversationId == direct));
    }
}
