using Social.Engagement.Domain.Access;
using Social.Engagement.Domain.Content;
using Social.Relationships;

namespace Social.UnitTests.Engagement;

/// <summary>Who may see a content item, from every side: the owner, followers, mutuals, strangers and the blocked.</summary>
public sealed class ContentAccessTests
{
    private static readonly Guid Viewer = Guid.CreateVersion7();
    private static readonly Guid Owner = Guid.CreateVersion7();

    private static ViewerFacts Facts(bool ownerIsPrivate = false, bool following = false, bool followedBy = false, bool blocking = false, bool blockedBy = false) =>
        new(Viewer, Owner, ownerIsPrivate, new Relationship(following, followedBy, blocking, blockedBy));

    [Theory]
    [InlineData(ContentAudiences.Everyone)]
    [InlineData(ContentAudiences.Followers)]
    [InlineData(ContentAudiences.Mutuals)]
    [InlineData(ContentAudiences.OnlyMe)]
    public void The_owner_sees_every_audience_even_on_a_private_account(string audience) =>
        Assert.Equal(AccessDecision.Visible, ContentAccess.Decide(new ViewerFacts(Owner, Owner, true, Relationship.None), audience));

    [Fact]
    public void A_stranger_sees_only_content_for_everyone()
    {
        Assert.Equal(AccessDecision.Visible, ContentAccess.Decide(Facts(), ContentAudiences.Everyone));
        Assert.Equal(AccessDecision.NotFound, ContentAccess.Decide(Facts(), ContentAudiences.Followers));
        Assert.Equal(AccessDecision.NotFound, ContentAccess.Decide(Facts(), ContentAudiences.Mutuals));
        Assert.Equal(AccessDecision.NotFound, ContentAccess.Decide(Facts(), ContentAudiences.OnlyMe));
    }

    [Fact]
    public void Being_followed_by_the_owner_is_not_following_them()
    {
        Assert.Equal(AccessDecision.NotFound, ContentAccess.Decide(Facts(followedBy: true), ContentAudiences.Followers));
        Assert.Equal(AccessDecision.NotFound, ContentAccess.Decide(Facts(followedBy: true), ContentAudiences.Mutuals));
    }

    [Fact]
    public void A_follower_sees_followers_content_but_not_mutuals_unless_followed_back()
    {
        Assert.Equal(AccessDecision.Visible, ContentAccess.Decide(Facts(following: true), ContentAudiences.Followers));
        Assert.Equal(AccessDecision.NotFound, ContentAccess.Decide(Facts(following: true), ContentAudiences.Mutuals));
        Assert.Equal(AccessDecision.Visible, ContentAccess.Decide(Facts(following: true, followedBy: true), ContentAudiences.Mutuals));
        Assert.Equal(AccessDecision.NotFound, ContentAccess.Decide(Facts(following: true, followedBy: true), ContentAudiences.OnlyMe));
    }

    [Fact]
    public void A_private_account_is_closed_to_strangers_and_open_to_approved_followers()
    {
        Assert.Equal(AccessDecision.PrivateAccount, ContentAccess.Decide(Facts(ownerIsPrivate: true), ContentAudiences.Everyone));
        Assert.Equal(AccessDecision.PrivateAccount, ContentAccess.Decide(Facts(ownerIsPrivate: true, followedBy: true), ContentAudiences.Everyone));
        Assert.Equal(AccessDecision.Visible, ContentAccess.Decide(Facts(ownerIsPrivate: true, following: true), ContentAudiences.Everyone));
        Assert.Equal(AccessDecision.Visible, ContentAccess.Decide(Facts(ownerIsPrivate: true, following: true), ContentAudiences.Followers));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void A_block_either_way_hides_everything_whatever_the_relationship(bool blocking, bool blockedBy)
    {
        var facts = Facts(following: true, followedBy: true, blocking: blocking, blockedBy: blockedBy);

        Assert.All(ContentAudiences.All, audience => Assert.Equal(AccessDecision.NotFound, ContentAccess.Decide(facts, audience)));
        Assert.Equal(AccessDecision.NotFound, ContentAccess.ForOwner(facts, out var audiences));
        Assert.Empty(audiences);
    }

    [Fact]
    public void A_block_beats_privacy_so_the_blocked_user_learns_nothing_about_the_account() =>
        Assert.Equal(AccessDecision.NotFound, ContentAccess.Decide(Facts(ownerIsPrivate: true, blockedBy: true), ContentAudiences.Everyone));

    [Fact]
    public void The_audiences_of_a_users_list_are_those_the_viewer_may_see()
    {
        ContentAccess.ForOwner(Facts(), out var stranger);
        ContentAccess.ForOwner(Facts(following: true), out var follower);
        ContentAccess.ForOwner(Facts(following: true, followedBy: true), out var mutual);
        ContentAccess.ForOwner(new ViewerFacts(Owner, Owner, false, Relationship.None), out var owner);

        Assert.Equal([ContentAudiences.Everyone], stranger.Order());
        Assert.Equal([ContentAudiences.Everyone, ContentAudiences.Followers], follower.Order());
        Assert.Equal([ContentAudiences.Everyone, ContentAudiences.Followers, ContentAudiences.Mutuals], mutual.Order());
        Assert.Equal(ContentAudiences.All.Order(), owner.Order());
        Assert.Equal(AccessDecision.PrivateAccount, ContentAccess.ForOwner(Facts(ownerIsPrivate: true), out var closed));
        Assert.Empty(closed);
    }
}
