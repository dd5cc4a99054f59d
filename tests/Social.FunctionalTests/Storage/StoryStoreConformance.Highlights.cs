using Social.Story.Domain.Access;
using Social.Story.Domain.Highlights;
using Social.Story.Domain.Stories;

namespace Social.FunctionalTests.Storage;

/// <summary>Highlights keep chosen stories after they expire, shown to others by each story's rules; an account's deletion takes everything.</summary>
public abstract partial class StoryStoreConformance
{
    [Fact]
    public async Task A_highlight_keeps_its_stories_after_they_expire_and_shows_others_only_what_each_story_allows()
    {
        var ana = await NewUserAsync();
        var (fan, stranger, hidden) = (await NewUserAsync(), await NewUserAsync(), await NewUserAsync());
        Story.Relationships.Follow(fan, ana);
        Story.Relationships.Follow(hidden, ana);
        var open = await PostAsync(ana, StoryAudiences.Everyone);
        var forFollowers = await PostAsync(ana);
        var notForHidden = (await Story.Posting.PostAsync(ana, Draft(StoryAudiences.Everyone, hidden), null, Cancellation)).Value!.StoryId;

        var created = await Story.Highlighting.CreateAsync(ana, new HighlightDraft(" Trips ", [open, forFollowers, notForHidden]), "h-1", Cancellation);
        Assert.True(created.Created);
        Assert.Equal("Trips", created.Value!.Highlight.Title);
        Assert.Equal(created.Value.Highlight.HighlightId, (await Story.Highlighting.CreateAsync(ana, new HighlightDraft(" Trips ", [open, forFollowers, notForHidden]), "h-1", Cancellation)).Value!.Highlight.HighlightId);
        Clock.Advance(Lifetime + TimeSpan.FromHours(1));

        async Task<IReadOnlyList<Guid>> SeenBy(Guid viewer) =>
            [.. Assert.Single((await Story.Highlighting.ListAsync(viewer, ana, null, 10, Cancellation)).Value!.Items).Stories.Select(s => s.StoryId)];
        Assert.Equal([open, forFollowers, notForHidden], await SeenBy(ana));
        Assert.Equal([open, forFollowers, notForHidden], await SeenBy(fan));
        Assert.Equal([open, notForHidden], await SeenBy(stranger));
        Assert.Equal([open, forFollowers], await SeenBy(hidden));

        Story.Relationships.Block(stranger, ana);
        Assert.Equal(AccessDecision.NotFound, (await Story.Highlighting.ListAsync(stranger, ana, null, 10, Cancellation)).Access);
    }

    [Fact]
    public async Task A_highlight_is_renamed_edited_and_deleted_by_its_owner_only_and_bad_edits_change_nothing()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var (one, two, bobs) = (await PostAsync(ana), await PostAsync(ana), await PostAsync(bob));
        var highlight = (await Story.Highlighting.CreateAsync(ana, new HighlightDraft("Trips", [one]), null, Cancellation)).Value!.Highlight.HighlightId;

        Assert.NotEmpty((await Story.Highlighting.CreateAsync(ana, new HighlightDraft("Theirs", [bobs]), null, Cancellation)).Violations);
        Assert.NotEmpty((await Story.Highlighting.CreateAsync(ana, new HighlightDraft(" ", [one]), null, Cancellation)).Violations);
        Assert.Null((await Story.Highlighting.EditAsync(bob, highlight, new HighlightEdit("Mine", [], []), Cancellation)).Highlight);
        Assert.NotEmpty((await Story.Highlighting.EditAsync(ana, highlight, new HighlightEdit(null, [bobs], []), Cancellation)).Violations);
        Assert.NotEmpty((await Story.Highlighting.EditAsync(ana, highlight, new HighlightEdit(null, [], [one]), Cancellation)).Violations);
        Assert.False(await Story.Highlighting.DeleteAsync(bob, highlight, Cancellation));
        var unchanged = (await Story.Adapter.FindHighlightAsync(highlight, Cancellation))!;
        Assert.Equal("Trips", unchanged.Title);
        Assert.Equal([one], unchanged.StoryIds);

        var edited = await Story.Highlighting.EditAsync(ana, highlight, new HighlightEdit("Summer", [two], [one]), Cancellation);
        Assert.Equal("Summer", edited.Highlight!.Highlight.Title);
        Assert.Equal([two], edited.Highlight.Stories.Select(s => s.StoryId));

        // A deleted story leaves the highlight.
        await Story.Posting.DeleteAsync(ana, two, Cancellation);
        Assert.Empty(Assert.Single((await Story.Highlighting.ListAsync(ana, ana, null, 10, Cancellation)).Value!.Items).Stories);

        Assert.True(await Story.Highlighting.DeleteAsync(ana, highlight, Cancellation));
        Assert.True(await Story.Highlighting.DeleteAsync(ana, highlight, Cancellation));
        Assert.Empty((await Story.Highlighting.ListAsync(ana, ana, null, 10, Cancellation)).Value!.Items);
    }

    [Fact]
    public async Task Deleting_an_account_removes_its_stories_views_likes_highlights_and_replies()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var anas = await PostAsync(ana, StoryAudiences.Everyone);
        var bobs = await PostAsync(bob, StoryAudiences.Everyone);
        await Story.Viewing.LikeAsync(bob, anas, Cancellation);
        await Story.Viewing.MarkSeenAsync(ana, bobs, Cancellation);
        await Story.Highlighting.CreateAsync(ana, new HighlightDraft("Mine", [anas]), "key", Cancellation);
        await Story.Replying.ReplyAsync(ana, bobs, new("hey", "m-1"), Cancellation);

        await Story.Users.RemoveAsync(ana, Receipt(), Cancellation);

        Assert.Null(await Story.Adapter.FindStoryAsync(anas, Cancellation));
        Assert.Empty((await Story.Adapter.ListViewsAsync(anas, null, 10, Cancellation)).Items);
        Assert.Empty((await Story.Adapter.ListViewsAsync(bobs, null, 10, Cancellation)).Items);
        Assert.Empty((await Story.Adapter.ListHighlightsAsync(ana, null, 10, Cancellation)).Items);
        Assert.Null(await Story.Adapter.FindIdempotencyKeyAsync(ana, "key", Cancellation));
        Assert.NotNull(await Story.Adapter.FindStoryAsync(bobs, Cancellation));
    }
}
