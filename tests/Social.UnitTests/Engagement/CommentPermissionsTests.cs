using Social.Contracts.Settings;
using Social.Engagement.Domain.Access;
using Social.Engagement.Domain.Comments;
using Social.Engagement.Domain.Content;
using Social.KnownUsers;
using Social.Relationships;

namespace Social.UnitTests.Engagement;

public sealed class CommentPermissionsTests
{
    private static readonly Guid Owner = Guid.CreateVersion7();
    private static readonly Guid Author = Guid.CreateVersion7();
    private static readonly ContentRecord Item = new(Guid.CreateVersion7(), Owner, "https://cdn.example.com/v.mp4", "", ContentAudiences.Everyone, true, DateTimeOffset.UnixEpoch);

    private static ViewerFacts Facts(Guid viewer, bool ownerIsPrivate = false, Relationship? relationship = null) =>
        new(viewer, Owner, ownerIsPrivate, relationship ?? Relationship.None);

    private static UserSettings OwnerSettings(string whoCanComment) => UserSettings.DefaultsFor(Owner) with { WhoCanComment = whoCanComment };

    [Fact]
    public void Anyone_who_sees_the_item_comments_by_default() =>
        Assert.Equal(CommentDecision.Allowed, CommentPermissions.MayComment(Facts(Author), Item, OwnerSettings(Audiences.Everyone)));

    [Fact]
    public void A_block_either_way_makes_the_item_not_found()
    {
        Assert.Equal(CommentDecision.NotFound, CommentPermissions.MayComment(Facts(Author, relationship: new(false, false, true, false)), Item, OwnerSettings(Audiences.Everyone)));
        Assert.Equal(CommentDecision.NotFound, CommentPermissions.MayComment(Facts(Author, relationship: new(false, false, false, true)), Item, OwnerSettings(Audiences.Everyone)));
    }

    [Fact]
    public void A_private_owners_item_is_for_approved_followers() =>
        Assert.Equal(CommentDecision.PrivateAccount, CommentPermissions.MayComment(Facts(Author, ownerIsPrivate: true), Item, OwnerSettings(Audiences.Everyone)));

    [Fact]
    public void Comments_turned_off_refuse_even_the_owner()
    {
        var closed = Item with { CommentsEnabled = false };

        Assert.Equal(CommentDecision.CommentsDisabled, CommentPermissions.MayComment(Facts(Author), closed, OwnerSettings(Audiences.Everyone)));
        Assert.Equal(CommentDecision.CommentsDisabled, CommentPermissions.MayComment(Facts(Owner), closed, OwnerSettings(Audiences.Everyone)));
    }

    [Theory]
    [InlineData(Audiences.Followers, false, CommentDecision.Restricted)]
    [InlineData(Audiences.Followers, true, CommentDecision.Allowed)]
    [InlineData(Audiences.Nobody, true, CommentDecision.Restricted)]
    public void The_owners_who_can_comment_decides_for_others(string whoCanComment, bool authorFollowsOwner, CommentDecision expected) =>
        Assert.Equal(expected, CommentPermissions.MayComment(Facts(Author, relationship: new(authorFollowsOwner, false, false, false)), Item, OwnerSettings(whoCanComment)));

    [Fact]
    public void The_owner_always_comments_on_their_own_item() =>
        Assert.Equal(CommentDecision.Allowed, CommentPermissions.MayComment(Facts(Owner), Item, OwnerSettings(Audiences.Nobody)));

    [Fact]
    public void The_author_edits_the_author_or_the_owner_deletes_and_only_a_live_top_level_comment_is_pinned()
    {
        var comment = new CommentRecord(Guid.CreateVersion7(), Item.ContentId, Owner, Author, null, "hi", [], DateTimeOffset.UnixEpoch);
        var stranger = Guid.CreateVersion7();

        Assert.True(CommentPermissions.MayEdit(Author, comment));
        Assert.False(CommentPermissions.MayEdit(Owner, comment));
        Assert.True(CommentPermissions.MayDelete(Author, comment));
        Assert.True(CommentPermissions.MayDelete(Owner, comment));
        Assert.False(CommentPermissions.MayDelete(stranger, comment));
        Assert.True(CommentPermissions.MayBePinned(comment, Item.ContentId));
        Assert.False(CommentPermissions.MayBePinned(comment with { ThreadId = Guid.CreateVersion7() }, Item.ContentId));
        Assert.False(CommentPermissions.MayBePinned(comment with { Deleted = true }, Item.ContentId));
        Assert.False(CommentPermissions.MayBePinned(comment, Guid.CreateVersion7()));
    }
}
