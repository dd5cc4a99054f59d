using Social.Contracts.Settings;
using Social.Graph.Domain.Policy;
using Social.KnownUsers;

namespace Social.UnitTests.Graph;

/// <summary>The policy check: blocks first, then existence, privacy and the target's who-can settings.</summary>
public sealed class PolicyRulesTests
{
    private static readonly Guid Actor = Guid.CreateVersion7();
    private static readonly Guid Target = Guid.CreateVersion7();

    private static PolicyFacts Strangers(UserSettings? settings = null) =>
        new(true, true, false, false, false, false, settings ?? UserSettings.DefaultsFor(Target));

    private static UserSettings Settings(
        bool isPrivate = false, string message = Audiences.Everyone, string comment = Audiences.Everyone, string mention = Audiences.Everyone, string tag = Audiences.Everyone) =>
        new(Target, isPrivate, message, comment, mention, DateTimeOffset.UnixEpoch, WhoCanTag: tag);

    [Theory]
    [InlineData(GraphAction.View)]
    [InlineData(GraphAction.Follow)]
    [InlineData(GraphAction.Message)]
    [InlineData(GraphAction.Comment)]
    [InlineData(GraphAction.Mention)]
    [InlineData(GraphAction.Tag)]
    public void Everything_is_allowed_between_strangers_with_default_settings(GraphAction action) =>
        Assert.Equal(PolicyDecision.Allow, PolicyRules.Evaluate(action, Actor, Target, Strangers()));

    [Theory]
    [InlineData(GraphAction.View)]
    [InlineData(GraphAction.Follow)]
    [InlineData(GraphAction.Message)]
    [InlineData(GraphAction.Comment)]
    [InlineData(GraphAction.Mention)]
    [InlineData(GraphAction.Tag)]
    public void A_block_either_way_denies_every_action_whatever_the_settings(GraphAction action)
    {
        var followers = Strangers() with { ActorFollowsTarget = true, TargetFollowsActor = true };

        Assert.Equal(PolicyReasons.BlockedByTarget, PolicyRules.Evaluate(action, Actor, Target, followers with { TargetBlocksActor = true }).Reason);
        Assert.Equal(PolicyReasons.Blocked, PolicyRules.Evaluate(action, Actor, Target, followers with { ActorBlocksTarget = true }).Reason);
    }

    [Fact]
    public void An_unknown_actor_or_target_is_not_found()
    {
        Assert.Equal(PolicyReasons.NotFound, PolicyRules.Evaluate(GraphAction.View, Actor, Target, Strangers() with { TargetExists = false }).Reason);
        Assert.Equal(PolicyReasons.NotFound, PolicyRules.Evaluate(GraphAction.View, Actor, Target, Strangers() with { ActorExists = false }).Reason);
    }

    [Fact]
    public void Following_yourself_is_denied_but_every_other_action_on_yourself_is_allowed()
    {
        Assert.Equal(PolicyReasons.Self, PolicyRules.Evaluate(GraphAction.Follow, Actor, Actor, Strangers()).Reason);
        Assert.True(PolicyRules.Evaluate(GraphAction.Comment, Actor, Actor, Strangers(Settings(isPrivate: true, comment: Audiences.Nobody))).Allowed);
    }

    [Fact]
    public void A_private_account_is_viewed_and_commented_on_by_its_followers_only_but_can_be_asked_to_follow()
    {
        var facts = Strangers(Settings(isPrivate: true));

        Assert.Equal(PolicyReasons.PrivateAccount, PolicyRules.Evaluate(GraphAction.View, Actor, Target, facts).Reason);
        Assert.Equal(PolicyReasons.PrivateAccount, PolicyRules.Evaluate(GraphAction.Comment, Actor, Target, facts).Reason);
        Assert.True(PolicyRules.Evaluate(GraphAction.Follow, Actor, Target, facts).Allowed);
        Assert.True(PolicyRules.Evaluate(GraphAction.View, Actor, Target, facts with { ActorFollowsTarget = true }).Allowed);
    }

    [Theory]
    [InlineData(Audiences.Everyone, false, false, true)]
    [InlineData(Audiences.Followers, false, true, false)]
    [InlineData(Audiences.Followers, true, false, true)]
    [InlineData(Audiences.Mutuals, true, false, false)]
    [InlineData(Audiences.Mutuals, true, true, true)]
    [InlineData(Audiences.Nobody, true, true, false)]
    public void Who_can_settings_follow_the_targets_audience(string audience, bool actorFollowsTarget, bool targetFollowsActor, bool allowed)
    {
        var facts = Strangers(Settings(message: audience, comment: audience, mention: audience, tag: audience)) with
        {
            ActorFollowsTarget = actorFollowsTarget,
            TargetFollowsActor = targetFollowsActor,
        };

        foreach (var action in new[] { GraphAction.Message, GraphAction.Comment, GraphAction.Mention, GraphAction.Tag })
        {
            var decision = PolicyRules.Evaluate(action, Actor, Target, facts);
            Assert.Equal(allowed, decision.Allowed);
            Assert.Equal(allowed ? PolicyReasons.Allowed : PolicyReasons.Setting, decision.Reason);
        }
    }

    [Fact]
    public void Tagging_follows_who_can_tag_and_mentioning_who_can_mention_each_on_its_own()
    {
        var facts = Strangers(Settings(mention: Audiences.Everyone, tag: Audiences.Nobody));

        Assert.True(PolicyRules.Evaluate(GraphAction.Mention, Actor, Target, facts).Allowed);
        Assert.Equal(PolicyReasons.Setting, PolicyRules.Evaluate(GraphAction.Tag, Actor, Target, facts).Reason);
        Assert.False(PolicyRules.Evaluate(GraphAction.Mention, Actor, Target, Strangers(Settings(mention: Audiences.Nobody, tag: Audiences.Everyone))).Allowed);
    }
}
