using Social.Graph.Domain.Edges;
using Social.Graph.Domain.Policy;
using Social.KnownUsers;

namespace Social.UnitTests.Graph;

/// <summary>Who may go on a user's close friends, from the owner's side and from the blocked and blocking user's side.</summary>
public sealed class CloseFriendRulesTests
{
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly Guid Member = Guid.CreateVersion7();

    private static PolicyFacts Strangers() =>
        new(true, true, false, false, false, false, UserSettings.DefaultsFor(Member));

    [Fact]
    public void Anyone_who_exists_for_the_owner_may_be_added_follower_or_not() =>
        Assert.Equal(CloseFriendOutcome.Added, CloseFriendRules.Decide(Owner, Member, Strangers()));

    [Fact]
    public void A_private_account_may_be_added_since_the_list_is_the_owners_own() =>
        Assert.Equal(
            CloseFriendOutcome.Added,
            CloseFriendRules.Decide(Owner, Member, Strangers() with { TargetSettings = UserSettings.DefaultsFor(Member) with { IsPrivate = true } }));

    [Fact]
    public void A_user_the_owner_blocks_is_refused_until_unblocked() =>
        Assert.Equal(CloseFriendOutcome.Blocking, CloseFriendRules.Decide(Owner, Member, Strangers() with { ActorBlocksTarget = true }));

    [Fact]
    public void A_user_who_blocks_the_owner_is_not_found_even_if_the_owner_blocks_them_too() =>
        Assert.Equal(
            CloseFriendOutcome.MemberNotFound,
            CloseFriendRules.Decide(Owner, Member, Strangers() with { TargetBlocksActor = true, ActorBlocksTarget = true }));

    [Fact]
    public void An_unknown_or_deleted_user_is_not_found() =>
        Assert.Equal(CloseFriendOutcome.MemberNotFound, CloseFriendRules.Decide(Owner, Member, Strangers() with { TargetExists = false }));

    [Fact]
    public void The_owner_cannot_add_themselves() =>
        Assert.Equal(CloseFriendOutcome.Self, CloseFriendRules.Decide(Owner, Owner, Strangers()));
}
