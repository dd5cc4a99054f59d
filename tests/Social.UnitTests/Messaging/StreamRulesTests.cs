using Social.Messaging.Domain.Conversations;
using Social.Messaging.Domain.Stream;

namespace Social.UnitTests.Messaging;

public sealed class StreamRulesTests
{
    private static readonly Guid Ana = Guid.CreateVersion7();
    private static readonly Guid Bob = Guid.CreateVersion7();
    private static readonly Guid Cy = Guid.CreateVersion7();
    private static readonly Guid Dan = Guid.CreateVersion7();
    private static readonly Guid Group = Guid.CreateVersion7();
    private static readonly DateTimeOffset Noon = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly HashSet<Guid> NoBlocks = [];

    [Fact]
    public void A_change_reaches_every_member_who_sees_the_conversation_and_the_actors_own_devices()
    {
        Assert.Equal([Ana, Bob, Cy], StreamRules.Recipients([Member(Ana), Member(Bob), Member(Cy, Folders.Requests)], Ana, NoBlocks));
    }

    [Fact]
    public void A_member_who_declined_hears_nothing_more_and_the_sender_is_not_told()
    {
        Assert.Equal([Ana, Cy], StreamRules.Recipients([Member(Ana), Member(Bob, Folders.Declined), Member(Cy)], Ana, NoBlocks));
    }

    [Fact]
    public void A_locked_direct_conversation_reaches_neither_side()
    {
        Assert.Equal([Ana], StreamRules.Recipients([Member(Ana), Member(Bob, locked: true)], Ana, NoBlocks));
        Assert.Empty(StreamRules.ConversationRecipients([Member(Ana, locked: true), Member(Bob, locked: true)]));
    }

    [Fact]
    public void In_a_group_a_member_blocked_either_way_with_the_actor_does_not_hear_of_them()
    {
        Assert.Equal([Ana, Cy], StreamRules.Recipients([Member(Ana), Member(Bob), Member(Cy)], Ana, new HashSet<Guid> { Bob }));
        // The conversation's own changes (members, admins) still reach everyone in it.
        Assert.Equal([Ana, Bob, Cy], StreamRules.ConversationRecipients([Member(Ana), Member(Bob), Member(Cy)]));
    }

    [Fact]
    public void A_reader_with_receipts_off_tells_only_their_own_devices()
    {
        IReadOnlyList<MemberRecord> members = [Member(Ana), Member(Bob), Member(Cy)];
        Assert.Equal([Bob], StreamRules.ReadRecipients(members, Bob, readReceipts: false, NoBlocks));
        Assert.Equal([Ana, Bob, Cy], StreamRules.ReadRecipients(members, Bob, readReceipts: true, NoBlocks));
    }

    [Fact]
    public void Typing_shows_to_the_others_who_see_the_typists_messages_not_to_the_typist()
    {
        Assert.Equal([Bob], StreamRules.TypingRecipients([Member(Ana), Member(Bob), Member(Cy), Member(Dan, Folders.Declined)], Ana, new HashSet<Guid> { Cy }));
    }

    [Fact]
    public void A_reconnect_is_served_while_everything_after_its_position_is_kept()
    {
        Assert.False(StreamRules.IsLost(0, new StreamBounds(0, null)));
        Assert.False(StreamRules.IsLost(0, new StreamBounds(5, 1)));
        Assert.False(StreamRules.IsLost(3, new StreamBounds(5, 4)));
        Assert.False(StreamRules.IsLost(5, new StreamBounds(5, null)));
        Assert.False(StreamRules.IsLost(5, new StreamBounds(5, 3)));
    }

    [Fact]
    public void A_reconnect_from_before_what_is_kept_or_from_a_position_never_given_is_reset()
    {
        Assert.True(StreamRules.IsLost(2, new StreamBounds(5, 4)));
        Assert.True(StreamRules.IsLost(0, new StreamBounds(5, 2)));
        Assert.True(StreamRules.IsLost(3, new StreamBounds(5, null)));
        Assert.True(StreamRules.IsLost(6, new StreamBounds(5, 1)));
    }

    private static MemberRecord Member(Guid userId, string folder = Folders.Inbox, bool locked = false) =>
        new(Group, userId, false, folder, false, 0, 0, Noon, Noon, locked);
}
