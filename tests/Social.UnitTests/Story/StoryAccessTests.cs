using Social.Relationships;
using Social.Story.Domain.Access;
using Social.Story.Domain.Stories;

namespace Social.UnitTests.Story;

/// <summary>Who may see a story, from every side: the owner, followers, mutuals, close friends, the hidden, strangers, the blocked.</summary>
public sealed class StoryAccessTests
{
    private static readonly Guid Viewer = Guid.CreateVersion7();
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static ViewerFacts Facts(
        bool ownerIsPrivate = false, bool following = false, bool followedBy = false, bool blocking = false, bool blockedBy = false, bool closeFriend = false) =>
        new(Viewer, Owner, ownerIsPrivate, new Relationship(following, followedBy, blocking, blockedBy, InTheirCloseFriends: closeFriend));

    private static StoryRecord Story(string audience, params Guid[] hideFrom) =>
        StoryRules.Create(Guid.CreateVersion7(), Owner, new StoryDraft("https://cdn.example.com/s.jpg", null, audience, hideFrom), Now, TimeSpan.FromHours(24));

    [Theory]
    [InlineData(StoryAudiences.Everyone)]
    [InlineData(StoryAudiences.Followers)]
    [InlineData(StoryAudiences.Mutuals)]
    [InlineData(StoryAudiences.CloseFriends)]
    public void The_owner_sees_every_audience_even_on_a_private_account(string audience) =>
        Assert.Equal(AccessDecision.Visible, StoryAccess.Decide(new ViewerFacts(Owner, Owner, true, Relationship.None), Story(audience)));

    [Fact]
    public void A_stranger_sees_only_stories_for_everyone()
    {
        Assert.Equal(AccessDecision.Visible, StoryAccess.Decide(Facts(), Story(StoryAudiences.Everyone)));
        Assert.Equal(AccessDecision.NotFound, StoryAccess.Decide(Facts(), Story(StoryAudiences.Followers)));
        Assert.Equal(AccessDecision.NotFound, StoryAccess.Decide(Facts(), Story(StoryAudiences.Mutuals)));
        Assert.Equal(AccessDecision.NotFound, StoryAccess.Decide(Facts(), Story(StoryAudiences.CloseFriends)));
    }

    [Fact]
    public void A_follower_outside_close_friends_and_not_followed_back_sees_followers_stories_only()
    {
        Assert.Equal(AccessDecision.Visible, StoryAccess.Decide(Facts(following: true), Story(StoryAudiences.Followers)));
        Assert.Equal(AccessDecision.NotFound, StoryAccess.Decide(Facts(following: true), Story(StoryAudiences.Mutuals)));
        Assert.Equal(AccessDecision.NotFound, StoryAccess.Decide(Facts(following: true), Story(StoryAudiences.CloseFriends)));
    }

    [Fact]
    public void Being_followed_by_the_owner_without_following_back_is_not_a_mutual()
    {
        Assert.Equal(AccessDecision.NotFound, StoryAccess.Decide(Facts(followedBy: true), Story(StoryAudiences.Followers)));
        Assert.Equal(AccessDecision.NotFound, StoryAccess.Decide(Facts(followedBy: true), Story(StoryAudiences.Mutuals)));
        Assert.Equal(AccessDecision.Visible, StoryAccess.Decide(Facts(following: true, followedBy: true), Story(StoryAudiences.Mutuals)));
    }

    [Fact]
    public void Close_friends_stories_are_for_those_on_the_owners_list()
    {
        Assert.Equal(AccessDecision.Visible, StoryAccess.Decide(Facts(following: true, closeFriend: true), Story(StoryAudiences.CloseFriends)));
        Assert.Equal(AccessDecision.NotFound, StoryAccess.Decide(Facts(following: true, followedBy: true), Story(StoryAudiences.CloseFriends)));
    }

    [Theory]
    [InlineData(StoryAudiences.Everyone)]
    [InlineData(StoryAudiences.Followers)]
    [InlineData(StoryAudiences.Mutuals)]
    [InlineData(StoryAudiences.CloseFriends)]
    public void A_user_on_the_hide_from_list_sees_nothing_whatever_the_audience_and_others_are_unaffected(string audience)
    {
        var everything = Facts(following: true, followedBy: true, closeFriend: true);
        Assert.Equal(AccessDecision.NotFound, StoryAccess.Decide(everything, Story(audience, Viewer)));
        Assert.Equal(AccessDecision.Visible, StoryAccess.Decide(everything, Story(audience, Guid.CreateVersion7())));
    }

    [Fact]
    public void A_block_either_way_hides_every_story_even_from_a_close_friend()
    {
        var story = Story(StoryAudiences.Everyone);
        Assert.Equal(AccessDecision.NotFound, StoryAccess.Decide(Facts(following: true, closeFriend: true, blocking: true), story));
        Assert.Equal(AccessDecision.NotFound, StoryAccess.Decide(Facts(following: true, closeFriend: true, blockedBy: true), story));
        Assert.Equal(AccessDecision.NotFound, StoryAccess.ForOwner(Facts(blockedBy: true)));
    }

    [Fact]
    public void A_stranger_on_a_private_account_is_told_it_is_private_and_an_approved_follower_sees()
    {
        Assert.Equal(AccessDecision.PrivateAccount, StoryAccess.Decide(Facts(ownerIsPrivate: true), Story(StoryAudiences.Everyone)));
        Assert.Equal(AccessDecision.PrivateAccount, StoryAccess.Decide(Facts(ownerIsPrivate: true, closeFriend: true), Story(StoryAudiences.CloseFriends)));
        Assert.Equal(AccessDecision.Visible, StoryAccess.Decide(Facts(ownerIsPrivate: true, following: true), Story(StoryAudiences.Followers)));
        // A block outranks privacy: the blocked are not told the account exists.
        Assert.Equal(AccessDecision.NotFound, StoryAccess.Decide(Facts(ownerIsPrivate: true, blockedBy: true), Story(StoryAudiences.Everyone)));
    }
}
