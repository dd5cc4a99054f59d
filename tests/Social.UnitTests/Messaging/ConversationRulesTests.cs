using Social.Contracts.Settings;
using Social.KnownUsers;
using Social.Messaging.Domain.Conversations;
using Social.Relationships;

namespace Social.UnitTests.Messaging;

public sealed class ConversationRulesTests
{
    private static readonly Guid Ana = Guid.CreateVersion7();
    private static readonly Guid Bob = Guid.CreateVersion7();
    private static readonly Guid Cy = Guid.CreateVersion7();
    private static readonly DateTimeOffset Noon = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_conversation_lists_the_others_one_for_a_direct_one_and_at_most_63_for_a_group()
    {
        Assert.Empty(ConversationRules.CheckCreate([Bob], null));
        Assert.Empty(ConversationRules.CheckCreate([Bob, Cy], "trip"));
        Assert.Empty(ConversationRules.CheckCreate(Others(63), null));

        Assert.Equal(["memberIds"], Fields(ConversationRules.CheckCreate([], null)));
        Assert.Equal(["memberIds"], Fields(ConversationRules.CheckCreate(ConversationRules.Others(Ana, [Ana]), null)));
        Assert.Equal(["memberIds"], Fields(ConversationRules.CheckCreate(Others(64), null)));
    }

    [Fact]
    public void Listing_oneself_among_the_members_changes_nothing()
    {
        Assert.Equal([Bob], ConversationRules.Others(Ana, [Ana, Bob]));
        Assert.Equal([Bob, Cy], ConversationRules.Others(Ana, [Bob, Ana, Cy, Bob]));
        Assert.Empty(ConversationRules.Others(Ana, [Ana]));
    }

    [Fact]
    public void Only_a_group_has_a_title_of_at_most_100_characters_without_control_characters()
    {
        Assert.Equal(["title"], Fields(ConversationRules.CheckCreate([Bob], "us")));
        Assert.Equal(["title"], Fields(ConversationRules.CheckCreate([Bob, Cy], " ")));
        Assert.Equal(["title"], Fields(ConversationRules.CheckCreate([Bob, Cy], new string('t', 101))));
        Assert.Equal(["title"], Fields(ConversationRules.CheckCreate([Bob, Cy], "a\u0007b")));
        Assert.Empty(ConversationRules.CheckCreate([Bob, Cy], new string('t', 100)));
    }

    [Theory]
    [InlineData(Audiences.Everyone, false, false, Folders.Inbox)]
    [InlineData(Audiences.Followers, false, false, Folders.Requests)]
    [InlineData(Audiences.Followers, false, true, Folders.Requests)]
    [InlineData(Audiences.Followers, true, false, Folders.Inbox)]
    [InlineData(Audiences.Mutuals, true, false, Folders.Requests)]
    [InlineData(Audiences.Mutuals, true, true, Folders.Inbox)]
    [InlineData(Audiences.Nobody, true, true, Folders.Requests)]
    public void A_sender_the_recipients_whoCanMessage_does_not_admit_lands_in_their_requests(string whoCanMessage, bool senderFollows, bool recipientFollows, string folder)
    {
        var recipient = UserSettings.DefaultsFor(Bob) with { WhoCanMessage = whoCanMessage };

        Assert.Equal(folder, ConversationRules.FolderFor(recipient, new Relationship(senderFollows, recipientFollows, false, false)));
    }

    [Fact]
    public void A_conversation_is_not_found_outside_it_nor_in_a_direct_one_blocked_either_way()
    {
        var direct = Direct();
        var group = direct with { IsGroup = true, PairLow = null, PairHigh = null };
        var me = Member(Ana);

        Assert.True(ConversationRules.Hides(direct, null, Relationship.None));
        Assert.True(ConversationRules.Hides(group, null, null));
        Assert.False(ConversationRules.Hides(direct, me, Relationship.None));
        Assert.True(ConversationRules.Hides(direct, me, Relationship.None with { Blocking = true }));
        Assert.True(ConversationRules.Hides(direct, me, Relationship.None with { BlockedBy = true }));
        Assert.True(ConversationRules.Hides(direct, me with { Locked = true }, Relationship.None));
        // In a group, blocks hide messages, not the conversation.
        Assert.False(ConversationRules.Hides(group, me, Relationship.None with { Blocking = true }));
    }

    [Fact]
    public void Only_a_groups_admins_manage_it()
    {
        var group = Direct() with { IsGroup = true };

        Assert.Equal(ConversationDecision.Allowed, ConversationRules.MayManage(group, Member(Ana) with { IsAdmin = true }));
        Assert.Equal(ConversationDecision.NotAdmin, ConversationRules.MayManage(group, Member(Bob)));
        Assert.Equal(ConversationDecision.NotAGroup, ConversationRules.MayManage(Direct(), Member(Ana) with { IsAdmin = true }));
    }

    [Fact]
    public void A_message_adds_one_unread_for_the_others_and_the_sender_has_read_it_and_accepted_the_request()
    {
        var later = Noon.AddMinutes(1);
        var members = new[] { Member(Ana) with { Folder = Folders.Requests, UnreadCount = 2 }, Member(Bob) with { UnreadCount = 4, ReadSeq = 1 } };

        var after = ConversationRules.AfterMessage(members, Ana, 7, later);

        Assert.Equal(Member(Ana) with { Folder = Folders.Inbox, ReadSeq = 7, UnreadCount = 0, LastActivityAt = later }, after[0]);
        Assert.Equal(members[1] with { UnreadCount = 5, LastActivityAt = later }, after[1]);
    }

    [Fact]
    public void An_unsent_message_leaves_the_unread_counts_of_those_who_had_not_read_it()
    {
        var members = new[] { Member(Ana), Member(Bob) with { ReadSeq = 2, UnreadCount = 1 }, Member(Cy) with { ReadSeq = 3, UnreadCount = 0 } };

        Assert.Equal([members[1] with { UnreadCount = 0 }], ConversationRules.AfterUnsend(members, Ana, 3));
        Assert.Empty(ConversationRules.AfterUnsend(members, Bob, 3));
    }

    [Fact]
    public void A_read_position_is_a_seq_of_the_conversation_and_only_moves_forward()
    {
        Assert.Empty(ConversationRules.CheckRead(3, 3));
        Assert.Equal(["upToSeq"], Fields(ConversationRules.CheckRead(0, 3)));
        Assert.Equal(["upToSeq"], Fields(ConversationRules.CheckRead(4, 3)));
        Assert.Equal(5, ConversationRules.ReadPosition(Member(Ana) with { ReadSeq = 5 }, 3));
        Assert.Equal(6, ConversationRules.ReadPosition(Member(Ana) with { ReadSeq = 5 }, 6));
    }

    [Fact]
    public void A_group_keeps_an_admin_the_longest_standing_member_takes_over_and_the_only_admin_cannot_step_down()
    {
        var admin = Member(Ana) with { IsAdmin = true };
        var early = Member(Bob) with { JoinedAt = Noon.AddMinutes(1) };
        var late = Member(Cy) with { JoinedAt = Noon.AddMinutes(2) };

        Assert.Null(ConversationRules.NextAdmin([admin, early, late]));
        Assert.Equal(early, ConversationRules.NextAdmin([late, early]));
        Assert.Null(ConversationRules.NextAdmin([]));
        Assert.False(ConversationRules.MayDemote([admin, early], admin));
        Assert.True(ConversationRules.MayDemote([admin, early with { IsAdmin = true }], admin));
        Assert.True(ConversationRules.MayDemote([admin, early], early));
    }

    [Fact]
    public void A_pair_is_the_same_from_either_side()
    {
        Assert.Equal(ConversationRules.Pair(Ana, Bob), ConversationRules.Pair(Bob, Ana));
        Assert.True(ConversationRules.Pair(Bob, Ana).Low.CompareTo(ConversationRules.Pair(Bob, Ana).High) < 0);
    }

    private static ConversationRecord Direct()
    {
        var (low, high) = ConversationRules.Pair(Ana, Bob);
        return new ConversationRecord(Guid.CreateVersion7(), false, null, Ana, Noon, 0, Noon, low, high);
    }

    private static MemberRecord Member(Guid user) => new(Guid.Empty, user, false, Folders.Inbox, false, 0, 0, Noon, Noon);

    private static Guid[] Others(int count) => [.. Enumerable.Range(0, count).Select(_ => Guid.CreateVersion7())];

    private static IEnumerable<string> Fields(IEnumerable<Social.ServiceDefaults.Validation.FieldViolation> violations) => violations.Select(v => v.Field);
}
