using Social.Contracts.Events;
using Social.Story.Domain.Access;

namespace Social.FunctionalTests.Storage;

/// <summary>Views, private likes, the owner's viewer list and replies.</summary>
public abstract partial class StoryStoreConformance
{
    [Fact]
    public async Task The_owner_sees_viewers_newest_first_with_their_likes_and_nobody_else_does()
    {
        var ana = await NewUserAsync();
        var (bob, cy, dan) = (await NewUserAsync(), await NewUserAsync(), await NewUserAsync());
        var story = await PostAsync(ana, "everyone");

        await Story.Viewing.MarkSeenAsync(bob, story, Cancellation);
        await Story.Viewing.MarkSeenAsync(cy, story, Cancellation);
        await Story.Viewing.MarkSeenAsync(bob, story, Cancellation);
        Assert.True((await Story.Viewing.LikeAsync(dan, story, Cancellation)).Liked);
        Assert.True((await Story.Viewing.LikeAsync(cy, story, Cancellation)).Liked);
        await Story.Viewing.LikeAsync(cy, story, Cancellation);
        Assert.False((await Story.Viewing.UnlikeAsync(bob, story, Cancellation)).Liked);
        await Story.Viewing.MarkSeenAsync(ana, story, Cancellation);

        var page = await Story.Viewing.ViewersAsync(ana, story, null, 2, Cancellation);
        var rest = await Story.Viewing.ViewersAsync(ana, story, page.Page!.Next, 2, Cancellation);
        var views = page.Page.Items.Concat(rest.Page!.Items).ToList();
        Assert.Equal([dan, cy, bob], views.Select(v => v.ViewerId));
        Assert.Equal([true, true, false], views.Select(v => v.Liked));
        Assert.Null(rest.Page.Next);
        Assert.Equal(FakeProfiles.HandleOf(dan), page.Profiles![dan].Handle);

        Assert.True((await Story.Viewing.ViewersAsync(bob, story, null, 10, Cancellation)).NotOwner);
        Assert.True((await Story.Viewing.LikeAsync(ana, story, Cancellation)).OwnStory);
        Assert.False((await Story.Viewing.UnlikeAsync(cy, story, Cancellation)).Liked);
        Assert.False((await Story.Viewing.ViewersAsync(ana, story, null, 10, Cancellation)).Page!.Items.Single(v => v.ViewerId == cy).Liked);
    }

    [Fact]
    public async Task Who_may_not_see_a_story_can_neither_see_like_nor_list_it_and_nothing_is_written()
    {
        var ana = await NewUserAsync();
        var (stranger, hidden, blocked) = (await NewUserAsync(), await NewUserAsync(), await NewUserAsync());
        Story.Relationships.Follow(hidden, ana);
        Story.Relationships.Follow(blocked, ana);
        Story.Relationships.Block(ana, blocked);
        var story = (await Story.Posting.PostAsync(ana, Draft(hideFrom: [hidden]), null, Cancellation)).Value!.StoryId;

        foreach (var user in new[] { stranger, hidden, blocked })
        {
            Assert.Equal(AccessDecision.NotFound, (await Story.Reads.GetAsync(user, story, Cancellation)).Access);
            Assert.Equal(AccessDecision.NotFound, await Story.Viewing.MarkSeenAsync(user, story, Cancellation));
            Assert.Equal(AccessDecision.NotFound, (await Story.Viewing.LikeAsync(user, story, Cancellation)).Access);
            Assert.Equal(AccessDecision.NotFound, (await Story.Viewing.ViewersAsync(user, story, null, 10, Cancellation)).Access);
            Assert.Equal(AccessDecision.NotFound, (await Story.Replying.ReplyAsync(user, story, new("hi", "m-" + user), Cancellation)).Access);
        }

        Assert.Empty((await Story.Viewing.ViewersAsync(ana, story, null, 10, Cancellation)).Page!.Items);
        Assert.Empty(Story.Messages.Sent);
        Assert.Empty(await Story.EventsAsync());
    }

    [Fact]
    public async Task A_view_racing_a_block_sees_the_replicated_block_in_its_transaction()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var story = await PostAsync(ana, "everyone");
        // Graph has not answered with the block yet, but its event has reached Story.
        await Story.Blocks.BlockedAsync(new UserBlocked { BlockerId = ana, BlockedId = bob, At = Clock.GetUtcNow() }, Receipt(), Cancellation);

        Assert.Equal(AccessDecision.NotFound, await Story.Viewing.MarkSeenAsync(bob, story, Cancellation));
        Assert.Equal(AccessDecision.NotFound, (await Story.Viewing.LikeAsync(bob, story, Cancellation)).Access);
        Assert.Empty(await Story.Adapter.SeenAsync(bob, [story], Cancellation));
    }

    [Fact]
    public async Task A_block_removes_each_users_views_of_the_others_stories_made_before_it_and_an_unblock_restores_nothing()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var cy = await NewUserAsync();
        var anas = await PostAsync(ana, "everyone");
        var bobs = await PostAsync(bob, "everyone");
        await Story.Viewing.LikeAsync(bob, anas, Cancellation);
        await Story.Viewing.MarkSeenAsync(cy, anas, Cancellation);
        await Story.Viewing.MarkSeenAsync(ana, bobs, Cancellation);
        var blockedAt = Clock.GetUtcNow();
        Story.Relationships.Block(ana, bob);

        // Graph's answer hides the blocked viewer from the list at once, before the event arrives.
        Assert.Equal([cy], (await Story.Viewing.ViewersAsync(ana, anas, null, 10, Cancellation)).Page!.Items.Select(v => v.ViewerId));

        var blocked = new UserBlocked { BlockerId = ana, BlockedId = bob, At = blockedAt };
        Assert.True(await Story.Blocks.BlockedAsync(blocked, Receipt(), Cancellation));
        Story.Relationships.Unblock(ana, bob);
        await Story.Blocks.UnblockedAsync(new UserUnblocked { BlockerId = ana, BlockedId = bob, At = Clock.GetUtcNow() }, Receipt(), Cancellation);

        Assert.Equal([cy], (await Story.Viewing.ViewersAsync(ana, anas, null, 10, Cancellation)).Page!.Items.Select(v => v.ViewerId));
        Assert.Empty((await Story.Viewing.ViewersAsync(bob, bobs, null, 10, Cancellation)).Page!.Items);

        // A view after the unblock is not removed by the block's event delivered again late.
        await Story.Viewing.MarkSeenAsync(bob, anas, Cancellation);
        await Story.Blocks.BlockedAsync(blocked, Receipt(), Cancellation);
        Assert.Contains(bob, (await Story.Viewing.ViewersAsync(ana, anas, null, 10, Cancellation)).Page!.Items.Select(v => v.ViewerId));
    }

    [Fact]
    public async Task A_reply_is_sent_as_a_message_recorded_once_per_message_and_announced_once()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var story = await PostAsync(ana, "everyone");

        var first = await Story.Replying.ReplyAsync(bob, story, new("lovely", "m-1"), Cancellation);
        var retry = await Story.Replying.ReplyAsync(bob, story, new("lovely", "m-1"), Cancellation);

        Assert.True(first.Created);
        Assert.False(retry.Created);
        Assert.Equal(first.Message!.MessageId, retry.Message!.MessageId);
        Assert.Equal(story, first.Message.StoryId);
        var replied = Assert.IsType<StoryReplied>(Assert.Single(await Story.EventsAsync()));
        Assert.Equal((story, ana, bob, first.Message.MessageId, first.Message.ConversationId), (replied.StoryId, replied.OwnerId, replied.ReplierId, replied.MessageId, replied.ConversationId));

        Assert.True((await Story.Replying.ReplyAsync(ana, story, new("me", "m-2"), Cancellation)).OwnStory);
        Assert.NotEmpty((await Story.Replying.ReplyAsync(bob, story, new("", "m-3"), Cancellation)).Violations);
        Story.Messages.Separate(ana, bob);
        Assert.Equal(AccessDecision.NotFound, (await Story.Replying.ReplyAsync(bob, story, new("again", "m-4"), Cancellation)).Access);
        Assert.Single(await Story.EventsAsync());
    }
}
