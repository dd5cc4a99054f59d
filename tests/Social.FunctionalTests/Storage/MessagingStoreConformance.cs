using Microsoft.Extensions.Time.Testing;
using Social.Contracts.Events;
using Social.Contracts.Settings;
using Social.EventBus.Inbox;
using Social.EventBus.Outbox;
using Social.KnownUsers;
using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Messages;
using Social.Messaging.Domain.Stream;
using Social.Messaging.Storage;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// What Messaging does on every adapter of <see cref="IMessagingStore"/>, driven through the domain's use cases as the
/// API and consumers drive them: conversations here; messages, blocks and deletions beside. The clock is fake and
/// moves 1 ms per reading.
/// </summary>
public abstract partial class MessagingStoreConformance : IAsyncLifetime
{
    protected MessagingUnderTest Messaging { get; private set; } = null!;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    /// <summary>The stream wake-ups the adapter ran after its commits.</summary>
    protected RecordedWakeUps WakeUps { get; } = new();

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var (store, outbox) = await CreateStoreAsync(Clock, WakeUps);
        Messaging = new MessagingUnderTest(store, outbox, Clock);
    }

    public async ValueTask DisposeAsync()
    {
        await Messaging.Inbox.DisposeAsync();
        ReleaseStores();
        GC.SuppressFinalize(this);
    }

    protected abstract Task<(IMessagingStore Store, IOutboxStore Outbox)> CreateStoreAsync(TimeProvider clock, IStreamWakeUps wakeUps);

    /// <summary>Frees what <see cref="CreateStoreAsync"/> made (files, connections).</summary>
    protected abstract void ReleaseStores();

    [Fact]
    public async Task A_pair_has_one_direct_conversation_found_again_from_either_side()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();

        var first = await Messaging.Starting.StartAsync(ana, [bob], null, null, Cancellation);
        var again = await Messaging.Starting.StartAsync(ana, [bob], null, null, Cancellation);
        var fromBob = await Messaging.Starting.StartAsync(bob, [ana], null, null, Cancellation);
        var listingHimself = await Messaging.Starting.StartAsync(bob, [bob, ana], null, null, Cancellation);

        Assert.True(first.Created);
        Assert.Equal((false, first.ConversationId), (again.Created, again.ConversationId));
        Assert.Equal((false, first.ConversationId), (fromBob.Created, fromBob.ConversationId));
        Assert.Equal((false, first.ConversationId), (listingHimself.Created, listingHimself.ConversationId));
        var created = Assert.Single((await Messaging.EventsAsync()).OfType<ConversationCreated>());
        Assert.Equal((first.ConversationId, false), (created.ConversationId, created.IsGroup));
        Assert.Equal(new[] { ana, bob }.Order(), created.MemberIds.Order());
    }

    [Fact]
    public async Task Concurrent_starts_of_one_pair_meet_the_same_conversation()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => i % 2 == 0 ? Messaging.Starting.StartAsync(ana, [bob], null, null, Cancellation) : Messaging.Starting.StartAsync(bob, [ana], null, null, Cancellation))));

        Assert.Single(results.Select(r => r.ConversationId).Distinct());
        Assert.Single(results, r => r.Created);
        Assert.Single((await Messaging.EventsAsync()).OfType<ConversationCreated>());
    }

    [Fact]
    public async Task A_group_has_its_creator_as_admin_and_at_most_64_members()
    {
        var ana = await NewUserAsync();
        var others = new List<Guid>();
        for (var i = 0; i < ConversationRules.MaxMembers; i++)
        {
            others.Add(await NewUserAsync());
        }

        Assert.Equal(["memberIds"], (await Messaging.Starting.StartAsync(ana, others, "too many", null, Cancellation)).Violations.Select(v => v.Field));
        var group = await Messaging.Starting.StartAsync(ana, others[..^1], "friends", null, Cancellation);
        Assert.True(group.Created);
        var viewed = (await Messaging.Conversations.GetAsync(ana, group.ConversationId!.Value, Cancellation))!;
        Assert.Equal((true, "friends", 64), (viewed.Conversation.IsGroup, viewed.Conversation.Title, viewed.Members.Count));
        Assert.Equal([ana], viewed.Members.Where(m => m.IsAdmin).Select(m => m.UserId));
        Assert.Equal(ConversationDecision.TooManyMembers, await Messaging.Membership.AddMemberAsync(ana, group.ConversationId.Value, others[^1], Cancellation));
        Assert.Single((await Messaging.EventsAsync()).OfType<ConversationCreated>());
    }

    [Fact]
    public async Task A_group_retried_with_its_idempotency_key_is_the_first_one_and_the_key_cannot_start_another()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var cy = await NewUserAsync();

        var first = await Messaging.Starting.StartAsync(ana, [bob, cy], "trip", "g-1", Cancellation);
        var retry = await Messaging.Starting.StartAsync(ana, [cy, bob], "trip", "g-1", Cancellation);
        var reused = await Messaging.Starting.StartAsync(ana, [bob, cy], "other", "g-1", Cancellation);

        Assert.True(first.Created);
        Assert.Equal((false, first.ConversationId), (retry.Created, retry.ConversationId));
        Assert.True(reused.KeyReused);
        Assert.Single((await Messaging.Conversations.ListAsync(ana, Folders.Inbox, null, 10, Cancellation)).Items);
    }

    [Fact]
    public async Task Bad_input_unknown_and_blocked_users_start_nothing()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var blocker = await NewUserAsync();
        Messaging.Relationships.Block(blocker, ana);

        Assert.Equal(["memberIds"], (await Messaging.Starting.StartAsync(ana, [], null, null, Cancellation)).Violations.Select(v => v.Field));
        Assert.Equal(["memberIds"], (await Messaging.Starting.StartAsync(ana, [ana], null, null, Cancellation)).Violations.Select(v => v.Field));
        Assert.Equal(["title"], (await Messaging.Starting.StartAsync(ana, [bob], "a title", null, Cancellation)).Violations.Select(v => v.Field));
        Assert.Equal(["title"], (await Messaging.Starting.StartAsync(ana, [bob, blocker], "  ", null, Cancellation)).Violations.Select(v => v.Field));
        Assert.Equal(["Idempotency-Key"], (await Messaging.Starting.StartAsync(ana, [bob, blocker], null, "bad key", Cancellation)).Violations.Select(v => v.Field));
        Assert.Equal(ConversationDecision.NotFound, (await Messaging.Starting.StartAsync(ana, [Guid.CreateVersion7()], null, null, Cancellation)).Decision);
        Assert.Equal(ConversationDecision.NotFound, (await Messaging.Starting.StartAsync(ana, [blocker], null, null, Cancellation)).Decision);
        Assert.Equal(ConversationDecision.NotFound, (await Messaging.Starting.StartAsync(blocker, [bob, ana], null, null, Cancellation)).Decision);

        Assert.Empty((await Messaging.Conversations.ListAsync(ana, Folders.Inbox, null, 10, Cancellation)).Items);
        Assert.Empty(await Messaging.EventsAsync());
    }

    [Fact]
    public async Task A_stranger_lands_in_requests_accepting_moves_it_to_the_inbox_and_declining_tells_the_sender_nothing()
    {
        var ana = await NewUserAsync();
        var friend = await NewUserAsync();
        var stranger = await NewUserAsync();
        var other = await NewUserAsync();
        await SetSettingsAsync(ana, s => s with { WhoCanMessage = Audiences.Followers });
        Messaging.Relationships.Follow(friend, ana);

        var fromFriend = await StartAsync(friend, ana);
        var fromStranger = await StartAsync(stranger, ana);
        var fromOther = await StartAsync(other, ana);
        await SendAsync(stranger, fromStranger, "hi?");

        Assert.Equal([fromFriend], await ListAsync(ana, Folders.Inbox));
        Assert.Equal([fromStranger, fromOther], await ListAsync(ana, Folders.Requests));
        Assert.Equal([fromStranger], await ListAsync(stranger, Folders.Inbox));

        Assert.Equal(ConversationDecision.Allowed, await Messaging.Mine.AcceptAsync(ana, fromStranger, Cancellation));
        Assert.Equal(ConversationDecision.Allowed, await Messaging.Mine.DeclineAsync(ana, fromOther, Cancellation));
        Assert.Equal(ConversationDecision.NotARequest, await Messaging.Mine.DeclineAsync(ana, fromFriend, Cancellation));
        Assert.Equal([fromStranger, fromFriend], await ListAsync(ana, Folders.Inbox));
        Assert.Empty(await ListAsync(ana, Folders.Requests));

        // The declined sender sees what they saw before and may still send; nothing reaches Ana's lists.
        var otherView = (await Messaging.Conversations.GetAsync(other, fromOther, Cancellation))!;
        Assert.Equal(Folders.Inbox, otherView.Me.Folder);
        await SendAsync(other, fromOther, "still there?");
        Assert.Empty(await ListAsync(ana, Folders.Requests));
        Assert.DoesNotContain(fromOther, await ListAsync(ana, Folders.Inbox));
    }

    [Fact]
    public async Task The_conversation_list_is_most_recent_activity_first_and_its_pages_never_repeat_a_conversation()
    {
        var ana = await NewUserAsync();
        var conversations = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            conversations.Add(await StartAsync(ana, await NewUserAsync()));
        }

        await SendAsync(ana, conversations[1], "bump");
        var first = await Messaging.Conversations.ListAsync(ana, Folders.Inbox, null, 2, Cancellation);
        // New activity between pages moves a conversation to the top: later pages go on from where the first stopped.
        await SendAsync(ana, conversations[0], "bump again");
        await SendAsync(ana, conversations[4], "and again");
        var second = await Messaging.Conversations.ListAsync(ana, Folders.Inbox, first.Next, 2, Cancellation);
        var calls = Messaging.Relationships.Calls;
        var fresh = await Messaging.Conversations.ListAsync(ana, Folders.Inbox, null, 10, Cancellation);
        // Graph is asked once for the whole page, and once for a conversation read on its own.
        Assert.Equal(calls + 1, Messaging.Relationships.Calls);
        await Messaging.Conversations.GetAsync(ana, conversations[0], Cancellation);
        Assert.Equal(calls + 2, Messaging.Relationships.Calls);

        Assert.Equal([conversations[1], conversations[4]], first.Items.Select(c => c.Conversation.ConversationId));
        Assert.Equal("bump", first.Items[0].LastMessage!.Message.Text);
        Assert.Null(first.Items[1].LastMessage);
        Assert.Equal([conversations[3], conversations[2]], second.Items.Select(c => c.Conversation.ConversationId));
        Assert.Null(second.Next);
        Assert.Equal([conversations[4], conversations[0], conversations[1], conversations[3], conversations[2]], fresh.Items.Select(c => c.Conversation.ConversationId));
    }

    [Fact]
    public async Task Only_admins_manage_members_a_non_member_finds_nothing_and_the_last_admin_leaving_hands_the_role_on()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var cy = await NewUserAsync();
        var outsider = await NewUserAsync();
        var group = (await Messaging.Starting.StartAsync(ana, [bob, cy], "g", null, Cancellation)).ConversationId!.Value;
        var direct = await StartAsync(ana, bob);

        Assert.Equal(ConversationDecision.NotAdmin, await Messaging.Membership.AddMemberAsync(bob, group, outsider, Cancellation));
        Assert.Equal(ConversationDecision.NotAdmin, await Messaging.Membership.RemoveMemberAsync(bob, group, cy, Cancellation));
        Assert.Equal(ConversationDecision.NotAdmin, await Messaging.Membership.SetAdminAsync(bob, group, bob, true, Cancellation));
        Assert.Equal(ConversationDecision.NotFound, await Messaging.Membership.AddMemberAsync(outsider, group, outsider, Cancellation));
        Assert.Null(await Messaging.Conversations.GetAsync(outsider, group, Cancellation));
        Assert.Null(await Messaging.Messages.ListAsync(outsider, group, null, null, 10, Cancellation));
        Assert.Equal(ConversationDecision.NotFound, (await Messaging.Sending.SendAsync(outsider, group, Draft("c-1", "hi"), Cancellation)).Decision);
        Assert.Equal(ConversationDecision.NotAGroup, await Messaging.Membership.AddMemberAsync(ana, direct, cy, Cancellation));
        Assert.Equal(ConversationDecision.NotAGroup, await Messaging.Membership.LeaveAsync(ana, direct, Cancellation));
        Assert.Equal(ConversationDecision.LastAdmin, await Messaging.Membership.SetAdminAsync(ana, group, ana, false, Cancellation));

        Assert.Equal(ConversationDecision.Allowed, await Messaging.Membership.AddMemberAsync(ana, group, outsider, Cancellation));
        Assert.Equal(ConversationDecision.Allowed, await Messaging.Membership.AddMemberAsync(ana, group, outsider, Cancellation));
        Assert.Equal(ConversationDecision.Allowed, await Messaging.Membership.RemoveMemberAsync(ana, group, cy, Cancellation));
        Assert.Equal(ConversationDecision.Allowed, await Messaging.Membership.RemoveMemberAsync(ana, group, cy, Cancellation));
        Assert.Null(await Messaging.Conversations.GetAsync(cy, group, Cancellation));
        Assert.Equal(ConversationDecision.Allowed, await Messaging.Membership.LeaveAsync(ana, group, Cancellation));

        var left = (await Messaging.Conversations.GetAsync(bob, group, Cancellation))!;
        Assert.Equal([bob, outsider], left.Members.Select(m => m.UserId));
        Assert.Equal([bob], left.Members.Where(m => m.IsAdmin).Select(m => m.UserId));
        var events = await Messaging.EventsAsync();
        Assert.Equal([outsider], events.OfType<ConversationMemberAdded>().Select(e => e.UserId));
        Assert.Equal([(cy, MemberEndReasons.Removed), (ana, MemberEndReasons.Left)], events.OfType<ConversationMemberRemoved>().Select(e => (e.UserId, e.Reason)));
        Assert.Equal([bob], events.OfType<ConversationAdminAdded>().Select(e => e.UserId));
        Assert.Empty(events.OfType<ConversationAdminRemoved>());
    }

    [Fact]
    public async Task A_group_reaches_each_member_as_their_whoCanMessage_admits_its_creator_or_the_admin_who_adds_them()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var shy = await NewUserAsync();
        var later = await NewUserAsync();
        await SetSettingsAsync(shy, s => s with { WhoCanMessage = Audiences.Mutuals });
        await SetSettingsAsync(later, s => s with { WhoCanMessage = Audiences.Nobody });
        Messaging.Relationships.Follow(ana, shy);

        var group = (await Messaging.Starting.StartAsync(ana, [bob, shy], "g", null, Cancellation)).ConversationId!.Value;
        Assert.Equal(ConversationDecision.Allowed, await Messaging.Membership.AddMemberAsync(ana, group, later, Cancellation));

        Assert.Equal([group], await ListAsync(bob, Folders.Inbox));
        Assert.Equal([group], await ListAsync(shy, Folders.Requests));
        Assert.Equal([group], await ListAsync(later, Folders.Requests));
        Messaging.Relationships.Follow(shy, ana);
        // A folder is decided when someone joins; answering (sending) accepts.
        await SendAsync(shy, group, "hello all");
        Assert.Equal([group], await ListAsync(shy, Folders.Inbox));
    }

    [Fact]
    public async Task Mute_is_the_members_own()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var direct = await StartAsync(ana, bob);

        Assert.Equal(ConversationDecision.Allowed, await Messaging.Mine.MuteAsync(ana, direct, true, Cancellation));
        Assert.True((await Messaging.Conversations.GetAsync(ana, direct, Cancellation))!.Me.Muted);
        Assert.False((await Messaging.Conversations.GetAsync(bob, direct, Cancellation))!.Me.Muted);
        Assert.Equal(ConversationDecision.Allowed, await Messaging.Mine.MuteAsync(ana, direct, false, Cancellation));
        Assert.False((await Messaging.Conversations.GetAsync(ana, direct, Cancellation))!.Me.Muted);
    }

    protected async Task<Guid> NewUserAsync()
    {
        var id = Guid.CreateVersion7();
        await Messaging.Users.AddAsync(new KnownUser(id, "u" + id.ToString("N")[^12..], Clock.GetUtcNow()), Receipt(), Cancellation);
        return id;
    }

    protected async Task<Guid> StartAsync(Guid creator, Guid other)
    {
        var result = await Messaging.Starting.StartAsync(creator, [other], null, null, Cancellation);
        Assert.Equal(ConversationDecision.Allowed, result.Decision);
        return result.ConversationId!.Value;
    }

    protected async Task<MessageRecord> SendAsync(Guid sender, Guid conversationId, string text, string? clientMessageId = null)
    {
        var result = await Messaging.Sending.SendAsync(sender, conversationId, Draft(clientMessageId ?? Guid.NewGuid().ToString(), text), Cancellation);
        Assert.Equal(ConversationDecision.Allowed, result.Decision);
        Assert.Empty(result.Violations);
        return result.Message!;
    }

    protected static MessageDraft Draft(string clientMessageId, string? text) => new(clientMessageId, text, null, null, null);

    protected async Task<IReadOnlyList<Guid>> ListAsync(Guid user, string folder) =>
        [.. (await Messaging.Conversations.ListAsync(user, folder, null, 100, Cancellation)).Items.Select(c => c.Conversation.ConversationId)];

    protected async Task SetSettingsAsync(Guid user, Func<UserSettings, UserSettings> change)
    {
        var stored = await Messaging.Adapter.GetSettingsAsync(user, Cancellation);
        await Messaging.Users.ApplySettingsAsync(change(stored) with { ChangedAt = Clock.GetUtcNow() }, Receipt(), Cancellation);
    }

    protected static MessageReceipt Receipt() => new("test", Guid.NewGuid());
}
