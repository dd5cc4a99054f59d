using Social.Graph.Domain.Edges;
using Social.Graph.Domain.Policy;
using Social.KnownUsers;

namespace Social.UnitTests.Graph;

/// <summary>What a follow does: refused as the policy refuses it, then a request for a private account, else a follow.</summary>
public sealed class FollowRulesTests
{
    private static readonly Guid Actor = Guid.CreateVersion7();
    private static readonly Guid Target = Guid.CreateVersion7();

    private static PolicyFacts Strangers(bool targetIsPrivate = false) =>
        new(true, true, false, false, false, false, UserSettings.DefaultsFor(Target) with { IsPrivate = targetIsPrivate });

    [Fact]
    public void A_public_account_is_followed_at_once() =>
        Assert.Equal(FollowOutcome.Following, FollowRules.Decide(Actor, Target, Strangers()));

    [Fact]
    public void A_private_account_gets_a_request() =>
        Assert.Equal(FollowOutcome.Requested, FollowRules.Decide(Actor, Target, Strangers(targetIsPrivate: true)));

    [Fact]
    public void Following_a_private_account_again_is_still_following_not_a_new_request() =>
        Assert.Equal(FollowOutcome.Following, FollowRules.Decide(Actor, Target, Strangers(targetIsPrivate: true) with { ActorFollowsTarget = true }));

    [Fact]
    public void A_target_that_blocks_the_actor_is_refused_as_blocked_by_target_even_if_the_actor_blocks_too() =>
        Assert.Equal(
            FollowOutcome.BlockedByTarget,
            FollowRules.Decide(Actor, Target, Strangers() with { TargetBlocksActor = true, ActorBlocksTarget = true }));

    [Fact]
    public void An_actor_who_blocks_the_target_must_unblock_first() =>
        Assert.Equal(FollowOutcome.Blocking, FollowRules.Decide(Actor, Target, Strangers() with { ActorBlocksTarget = true }));

    [Fact]
    public void An_unknown_target_is_not_found_before_anything_else() =>
        Assert.Equal(
            FollowOutcome.TargetNotFound,
            FollowRules.Decide(Actor, Target, Strangers() with { TargetExists = false, ActorExists = false, TargetBlocksActor = true }));

    [Fact]
    public void An_unknown_actor_is_told_so_when_the_target_exists() =>
        Assert.Equal(FollowOutcome.ActorNotFound, FollowRules.Decide(Actor, Target, Strangers() with { ActorExists = false }));

    [Fact]
    public void Following_yourself_is_refused() =>
        Assert.Equal(FollowOutcome.Self, FollowRules.Decide(Actor, Actor, Strangers()));

    [Fact]
    public void A_waiting_request_may_be_accepted_when_nothing_has_come_between_the_pair() =>
        Assert.True(FollowRules.MayAccept(Actor, Target, Strangers(targetIsPrivate: true)));

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(false, false, false)]
    public void A_request_is_not_accepted_across_a_block_either_way_or_from_an_account_gone(bool ownerBlocks, bool requesterBlocks, bool requesterExists) =>
        Assert.False(FollowRules.MayAccept(
            Actor,
            Target,
            Strangers(targetIsPrivate: true) with { ActorExists = requesterExists, TargetBlocksActor = ownerBlocks, ActorBlocksTarget = requesterBlocks }));
}
