namespace Social.FunctionalTests.Storage;

/// <summary>Close friends from both sides: the viewer's own list, and whether the other user has the viewer on theirs.</summary>
public abstract partial class GraphStoreConformance
{
    [Fact]
    public async Task A_relationship_tells_whether_the_other_user_has_the_viewer_on_their_close_friends_apart_from_the_viewers_own_list()
    {
        var owner = await NewUserAsync();
        var friend = await NewUserAsync();
        var other = await NewUserAsync();
        await Store.AddCloseFriendAsync(owner, friend, Cancellation);

        var asFriend = (await Store.GetRelationshipsAsync(friend, [owner, other], Cancellation)).ToDictionary(r => r.UserId);
        Assert.True(asFriend[owner].InTheirCloseFriends);
        Assert.False(asFriend[owner].CloseFriend);
        Assert.False(asFriend[other].InTheirCloseFriends);

        var asOwner = Assert.Single(await Store.GetRelationshipsAsync(owner, [friend], Cancellation));
        Assert.True(asOwner.CloseFriend);
        Assert.False(asOwner.InTheirCloseFriends);

        await Store.RemoveCloseFriendAsync(owner, friend, Cancellation);
        Assert.False(Assert.Single(await Store.GetRelationshipsAsync(friend, [owner], Cancellation)).InTheirCloseFriends);
    }
}
