using Social.Contracts.Events;
using Social.Contracts.Settings;
using Social.Engagement.Domain.Access;
using Social.Engagement.Domain.Content;
using Social.Engagement.Domain.Tags;

namespace Social.FunctionalTests.Storage;

/// <summary>Tags and caption mentions: who may be tagged, who removes a tag, what blocks and deletions take, on every adapter.</summary>
public abstract partial class EngagementStoreConformance
{
    [Fact]
    public async Task Tags_on_a_new_item_keep_only_users_whose_setting_admits_the_owner_and_only_they_are_told()
    {
        var ana = await NewUserAsync();
        var open = await NewUserAsync();
        var closed = await NewUserAsync();
        var followersOnly = await NewUserAsync();
        var blocked = await NewUserAsync();
        await SetSettingsAsync(closed, s => s with { WhoCanTag = Audiences.Nobody });
        await SetSettingsAsync(followersOnly, s => s with { WhoCanTag = Audiences.Followers });
        Engagement.Relationships.Block(blocked, ana);

        var created = await Engagement.Publishing.CreateAsync(
            ana, Draft() with { Tags = [open, closed, followersOnly, blocked, ana, Guid.CreateVersion7()] }, null, Cancellation);

        var item = created.Item!.Record.ContentId;
        Assert.Equal([open, ana], await TaggedInAsync(ana, item));
        Assert.Equal([open], (await Engagement.EventsAsync()).OfType<UserTagged>().Select(e => e.UserId));

        // "Followers" means the tagged user's followers: once Ana follows them, her tag is accepted.
        Engagement.Relationships.Follow(ana, followersOnly);
        Assert.Equal(TagOutcome.Done, await Engagement.Tagging.TagAsync(ana, item, followersOnly, Cancellation));
        Assert.Equal([open, ana, followersOnly], await TaggedInAsync(ana, item));
    }

    [Fact]
    public async Task Only_the_owner_tags_a_refused_tag_writes_nothing_and_tagging_twice_is_one_tag()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var closed = await NewUserAsync();
        var outsider = await NewUserAsync();
        await SetSettingsAsync(closed, s => s with { WhoCanTag = Audiences.Nobody });
        var item = await NewContentAsync(ana);
        var hidden = (await Engagement.Publishing.CreateAsync(ana, Draft() with { Audience = ContentAudiences.OnlyMe }, null, Cancellation)).Item!.Record.ContentId;

        Assert.Equal(TagOutcome.NotYours, await Engagement.Tagging.TagAsync(bob, item, outsider, Cancellation));
        Assert.Equal(TagOutcome.NotFound, await Engagement.Tagging.TagAsync(bob, hidden, outsider, Cancellation));
        Assert.Equal(TagOutcome.NotFound, await Engagement.Tagging.TagAsync(ana, Guid.CreateVersion7(), bob, Cancellation));
        Assert.Equal(TagOutcome.NotFound, await Engagement.Tagging.TagAsync(ana, item, Guid.CreateVersion7(), Cancellation));
        Assert.Equal(TagOutcome.Refused, await Engagement.Tagging.TagAsync(ana, item, closed, Cancellation));
        Assert.Empty(await TaggedInAsync(ana, item));
        Assert.Empty((await Engagement.EventsAsync()).OfType<UserTagged>());

        Assert.Equal(TagOutcome.Done, await Engagement.Tagging.TagAsync(ana, item, bob, Cancellation));
        Assert.Equal(TagOutcome.Done, await Engagement.Tagging.TagAsync(ana, item, bob, Cancellation));
        Assert.Equal([bob], await TaggedInAsync(ana, item));
        Assert.Single((await Engagement.EventsAsync()).OfType<UserTagged>());
    }

    [Fact]
    public async Task An_item_carries_at_most_twenty_tags_and_a_draft_with_more_is_refused_whole()
    {
        var ana = await NewUserAsync();
        var users = new List<Guid>();
        for (var i = 0; i < TagRules.MaxTags + 1; i++)
        {
            users.Add(await NewUserAsync());
        }

        var refused = await Engagement.Publishing.CreateAsync(ana, Draft() with { Tags = users }, null, Cancellation);
        Assert.Equal(["tags"], refused.Violations.Select(v => v.Field));
        Assert.Empty(await AllContentAsync(ana, ana));

        var item = (await Engagement.Publishing.CreateAsync(ana, Draft() with { Tags = users[..TagRules.MaxTags] }, null, Cancellation)).Item!.Record.ContentId;
        Assert.Equal(TagOutcome.TooMany, await Engagement.Tagging.TagAsync(ana, item, users[^1], Cancellation));
        Assert.Equal(TagRules.MaxTags, (await TaggedInAsync(ana, item)).Count);
    }

    [Fact]
    public async Task The_owner_or_the_tagged_user_removes_a_tag_and_anyone_else_is_refused()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var carl = await NewUserAsync();
        var item = (await Engagement.Publishing.CreateAsync(ana, Draft() with { Tags = [bob, carl] }, null, Cancellation)).Item!.Record.ContentId;

        Assert.Equal(TagOutcome.NotYours, await Engagement.Tagging.UntagAsync(carl, item, bob, Cancellation));
        Assert.Equal(TagOutcome.Done, await Engagement.Tagging.UntagAsync(bob, item, bob, Cancellation));
        Assert.Equal(TagOutcome.Done, await Engagement.Tagging.UntagAsync(bob, item, bob, Cancellation));
        Assert.Equal(TagOutcome.Done, await Engagement.Tagging.UntagAsync(ana, item, carl, Cancellation));

        Assert.Empty(await TaggedInAsync(ana, item));
        var removed = (await Engagement.EventsAsync()).OfType<TagRemoved>().ToList();
        Assert.Equal([(bob, TagEndReasons.RemovedByUser), (carl, TagEndReasons.RemovedByOwner)], removed.Select(e => (e.UserId, e.Reason)));
    }

    [Fact]
    public async Task A_block_removes_the_pairs_tags_both_ways_but_a_tag_made_after_a_later_unblock_stays()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var carl = await NewUserAsync();
        var anas = (await Engagement.Publishing.CreateAsync(ana, Draft() with { Tags = [bob, carl] }, null, Cancellation)).Item!.Record.ContentId;
        var bobs = (await Engagement.Publishing.CreateAsync(bob, Draft() with { Tags = [ana] }, null, Cancellation)).Item!.Record.ContentId;
        var blockedAt = Clock.GetUtcNow();

        await Engagement.Blocks.BlockedAsync(new UserBlocked { BlockerId = ana, BlockedId = bob, At = blockedAt }, Receipt(), Cancellation);

        Assert.Equal([carl], await TaggedInAsync(ana, anas));
        Assert.Empty(await TaggedInAsync(bob, bobs));
        Assert.Equal(2, (await Engagement.EventsAsync()).OfType<TagRemoved>().Count(e => e.Reason == TagEndReasons.Blocked));

        // A block replicated here refuses a new tag in its own transaction, even before Graph's answer says so.
        Assert.Equal(TagOutcome.Refused, await Engagement.Tagging.TagAsync(ana, anas, bob, Cancellation));

        await Engagement.Blocks.UnblockedAsync(new UserUnblocked { BlockerId = ana, BlockedId = bob, At = Clock.GetUtcNow() }, Receipt(), Cancellation);
        Assert.Equal(TagOutcome.Done, await Engagement.Tagging.TagAsync(ana, anas, bob, Cancellation));
        // The same block delivered late removes only what was there before it.
        await Engagement.Blocks.BlockedAsync(new UserBlocked { BlockerId = ana, BlockedId = bob, At = blockedAt }, Receipt(), Cancellation);
        Assert.Equal([carl, bob], await TaggedInAsync(ana, anas));
    }

    [Fact]
    public async Task Deleting_an_account_removes_its_tags_and_deleting_an_item_removes_the_tags_on_it()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var carl = await NewUserAsync();
        var first = (await Engagement.Publishing.CreateAsync(ana, Draft() with { Tags = [bob, carl] }, null, Cancellation)).Item!.Record.ContentId;
        var second = (await Engagement.Publishing.CreateAsync(ana, Draft() with { Tags = [carl] }, null, Cancellation)).Item!.Record.ContentId;

        Assert.True(await Engagement.Users.RemoveAsync(bob, Receipt(), Cancellation));
        Assert.Equal([carl], await TaggedInAsync(ana, first));
        Assert.Contains((await Engagement.EventsAsync()).OfType<TagRemoved>(), e => e.UserId == bob && e.Reason == TagEndReasons.AccountDeleted);

        await Engagement.Publishing.RemoveAsync(first, Cancellation);
        Assert.Equal([second], await TaggedListAsync(carl, carl));
    }

    [Fact]
    public async Task A_tagged_list_shows_only_items_the_viewer_may_see_and_hides_tagged_users_blocked_with_the_viewer()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var viewer = await NewUserAsync();
        var rival = await NewUserAsync();
        var open = (await Engagement.Publishing.CreateAsync(ana, Draft() with { Tags = [bob, rival] }, null, Cancellation)).Item!.Record.ContentId;
        var forFollowers = (await Engagement.Publishing.CreateAsync(
            ana, Draft() with { Audience = ContentAudiences.Followers, Tags = [bob] }, null, Cancellation)).Item!.Record.ContentId;
        var rivals = (await Engagement.Publishing.CreateAsync(rival, Draft() with { Tags = [bob] }, null, Cancellation)).Item!.Record.ContentId;
        Engagement.Relationships.Block(viewer, rival);

        // Being tagged grants nothing: Bob sees Ana's followers-only item only once he follows her.
        Assert.Equal([rivals, open], await TaggedListAsync(bob, bob));
        Assert.Equal([open], await TaggedListAsync(bob, viewer, pageSize: 1));
        var seen = (await Engagement.Reads.GetAsync(viewer, open, Cancellation)).Value!;
        Assert.Equal([bob], seen.Tags.Select(t => t.UserId));
        Engagement.Relationships.Follow(viewer, ana);
        Assert.Equal([forFollowers, open], await TaggedListAsync(bob, viewer));
        Engagement.Relationships.Follow(bob, ana);
        Assert.Equal([rivals, forFollowers, open], await TaggedListAsync(bob, bob));
        Engagement.Relationships.Block(bob, viewer);
        Assert.Equal(AccessDecision.NotFound, (await Engagement.Reads.TaggedAsync(viewer, bob, null, 10, Cancellation)).Access);
    }

    [Fact]
    public async Task A_captions_mentions_link_users_whose_setting_admits_the_owner_and_notify_only_them()
    {
        var ana = await NewUserAsync();
        var open = await NewUserAsync();
        var closed = await NewUserAsync();
        await SetSettingsAsync(closed, s => s with { WhoCanMention = Audiences.Nobody });
        var caption = $"with @{Handle(open)} and @{Handle(closed)}";

        var item = (await Engagement.Publishing.CreateAsync(ana, Draft() with { Caption = caption }, null, Cancellation)).Item!.Record.ContentId;

        var stored = (await Engagement.Adapter.FindContentAsync(item, Cancellation))!.Record;
        var mention = Assert.Single(stored.Mentions!);
        Assert.Equal((open, caption.IndexOf('@', StringComparison.Ordinal), Handle(open).Length + 1), (mention.UserId, mention.Start, mention.Length));
        var mentioned = Assert.Single((await Engagement.EventsAsync()).OfType<UserMentioned>());
        Assert.Equal((open, item, (Guid?)null), (mentioned.MentionedId, mentioned.ContentId, mentioned.CommentId));
    }

    /// <summary>The users tagged in an item, as <paramref name="viewer"/> sees them, oldest tag first.</summary>
    private async Task<List<Guid>> TaggedInAsync(Guid viewer, Guid item) =>
        [.. (await Engagement.Reads.GetAsync(viewer, item, Cancellation)).Value!.Tags.Select(t => t.UserId)];

    /// <summary>Every item <paramref name="user"/> is tagged in that <paramref name="viewer"/> may see, read page by page.</summary>
    private async Task<List<Guid>> TaggedListAsync(Guid user, Guid viewer, int pageSize = 100)
    {
        var all = new List<Guid>();
        Guid? after = null;
        do
        {
            var seen = await Engagement.Reads.TaggedAsync(viewer, user, after, pageSize, Cancellation);
            Assert.Equal(AccessDecision.Visible, seen.Access);
            all.AddRange(seen.Value!.Items.Select(i => i.Item.Record.ContentId));
            after = seen.Value.Next;
        }
        while (after is not null);

        return all;
    }
}
