using Social.Contracts.Settings;
using Social.Engagement.Domain.Access;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Tags;
using Social.KnownUsers;
using Social.Relationships;

namespace Social.UnitTests.Engagement;

public sealed class TagRulesTests
{
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly Guid Tagged = Guid.CreateVersion7();

    [Theory]
    [InlineData(Audiences.Everyone, false, false, false, false, true)]
    [InlineData(Audiences.Nobody, true, true, false, false, false)]
    [InlineData(Audiences.Followers, true, false, false, false, true)]
    [InlineData(Audiences.Followers, false, true, false, false, false)]
    [InlineData(Audiences.Everyone, false, false, true, false, false)]
    [InlineData(Audiences.Everyone, false, false, false, true, false)]
    public void A_tag_is_accepted_when_the_tagged_users_setting_admits_the_owner_and_no_block_stands(
        string whoCanTag, bool ownerFollowsThem, bool theyFollowOwner, bool blocking, bool blockedBy, bool accepted)
    {
        var relationship = new Relationship(ownerFollowsThem, theyFollowOwner, blocking, blockedBy);
        var settings = UserSettings.DefaultsFor(Tagged) with { WhoCanTag = whoCanTag };

        Assert.Equal(accepted, TagRules.Accepts(Owner, Tagged, relationship, settings));
    }

    [Fact]
    public void Tagging_oneself_is_always_accepted() =>
        Assert.True(TagRules.Accepts(Owner, Owner, Relationship.None, UserSettings.DefaultsFor(Owner) with { WhoCanTag = Audiences.Nobody }));

    [Fact]
    public void The_owner_or_the_tagged_user_removes_a_tag_and_nobody_else()
    {
        Assert.True(TagRules.MayRemove(Owner, Owner, Tagged));
        Assert.True(TagRules.MayRemove(Tagged, Owner, Tagged));
        Assert.False(TagRules.MayRemove(Guid.CreateVersion7(), Owner, Tagged));
    }

    [Fact]
    public void A_draft_tags_at_most_twenty_distinct_users()
    {
        var draft = new ContentDraft("https://cdn.example.com/v.mp4", null, null, null);
        var twenty = Enumerable.Range(0, TagRules.MaxTags).Select(_ => Guid.CreateVersion7()).ToList();

        Assert.Empty(ContentRules.Check(draft with { Tags = [.. twenty, twenty[0]] }));
        Assert.Equal(["tags"], ContentRules.Check(draft with { Tags = [.. twenty, Guid.CreateVersion7()] }).Select(v => v.Field));
    }

    [Fact]
    public void The_same_tags_in_another_order_are_the_same_request_for_an_idempotency_key()
    {
        var (a, b) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var draft = new ContentDraft("https://cdn.example.com/v.mp4", null, null, null);

        Assert.Equal(ContentRules.Fingerprint(draft with { Tags = [a, b] }), ContentRules.Fingerprint(draft with { Tags = [b, a] }));
        Assert.NotEqual(ContentRules.Fingerprint(draft with { Tags = [a] }), ContentRules.Fingerprint(draft with { Tags = [a, b] }));
    }
}
