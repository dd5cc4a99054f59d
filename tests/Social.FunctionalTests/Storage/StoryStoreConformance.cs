using Microsoft.Extensions.Time.Testing;
using Social.EventBus.Inbox;
using Social.EventBus.Outbox;
using Social.KnownUsers;
using Social.Story.Domain;
using Social.Story.Domain.Access;
using Social.Story.Domain.Stories;
using Social.Story.Storage;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// What Story does on every adapter of <see cref="IStoryStore"/>, driven through the domain's use cases as the API and
/// consumers drive them: posting, expiry and the archive here; the tray, views, replies, highlights, blocks and
/// deletions beside. The clock is fake and moves 1 ms per reading.
/// </summary>
public abstract partial class StoryStoreConformance : IAsyncLifetime
{
    protected static readonly TimeSpan Lifetime = new StoryOptions().Lifetime;

    protected StoryUnderTest Story { get; private set; } = null!;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var (store, outbox) = await CreateStoreAsync(Clock);
        Story = new StoryUnderTest(store, outbox, Clock);
    }

    public ValueTask DisposeAsync()
    {
        ReleaseStores();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected abstract Task<(IStoryStore Store, IOutboxStore Outbox)> CreateStoreAsync(TimeProvider clock);

    /// <summary>Frees what <see cref="CreateStoreAsync"/> made (files, connections).</summary>
    protected abstract void ReleaseStores();

    [Fact]
    public async Task A_posted_story_is_found_with_its_defaults_and_expires_after_its_lifetime()
    {
        var ana = await NewUserAsync();
        var hidden = await NewUserAsync();

        var result = await Story.Posting.PostAsync(ana, Draft(hideFrom: [hidden]), null, Cancellation);

        Assert.True(result.Created);
        var story = result.Value!;
        Assert.Equal(StoryAudiences.Followers, story.Audience);
        Assert.Equal(story.CreatedAt + Lifetime, story.ExpiresAt);
        Assert.Equivalent(story, await Story.Adapter.FindStoryAsync(story.StoryId, Cancellation), strict: true);
        Assert.Equal([hidden], (await Story.Adapter.FindStoryAsync(story.StoryId, Cancellation))!.HideFrom);
        Assert.Empty(await Story.EventsAsync());
    }

    [Fact]
    public async Task Invalid_stories_bad_keys_and_unknown_owners_write_nothing()
    {
        var ana = await NewUserAsync();

        Assert.NotEmpty((await Story.Posting.PostAsync(ana, Draft() with { MediaUrl = "http://plain.example.com/s.jpg" }, null, Cancellation)).Violations);
        Assert.NotEmpty((await Story.Posting.PostAsync(ana, Draft() with { Audience = "onlyMe" }, null, Cancellation)).Violations);
        Assert.NotEmpty((await Story.Posting.PostAsync(ana, Draft(), "key with spaces", Cancellation)).Violations);
        Assert.Equal(CreateConflict.OwnerUnknown, (await Story.Posting.PostAsync(Guid.CreateVersion7(), Draft(), null, Cancellation)).Conflict);

        Assert.Empty(await Story.Adapter.LiveStoriesAsync([ana], Clock.GetUtcNow(), Cancellation));
        Assert.Empty((await Story.Reads.ArchiveAsync(ana, null, 10, Cancellation)).Items);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_answers_the_first_story_and_another_request_with_it_is_refused()
    {
        var ana = await NewUserAsync();

        var first = await Story.Posting.PostAsync(ana, Draft(), "key-1", Cancellation);
        var retry = await Story.Posting.PostAsync(ana, Draft(), "key-1", Cancellation);
        var reused = await Story.Posting.PostAsync(ana, Draft() with { Caption = "other" }, "key-1", Cancellation);

        Assert.True(first.Created);
        Assert.False(retry.Created);
        Assert.Equal(first.Value!.StoryId, retry.Value!.StoryId);
        Assert.Equal(CreateConflict.IdempotencyKeyReused, reused.Conflict);
        Assert.Single(await Story.Adapter.LiveStoriesAsync([ana], Clock.GetUtcNow(), Cancellation));
    }

    [Fact]
    public async Task At_its_expiry_instant_a_story_leaves_every_live_surface_and_enters_the_owners_archive()
    {
        var ana = await NewUserAsync();
        var fan = await NewUserAsync();
        Story.Relationships.Follow(fan, ana);
        var story = await PostAsync(ana);
        var newer = await PostAsync(ana);
        Assert.Equal(AccessDecision.Visible, (await Story.Reads.GetAsync(fan, story, Cancellation)).Access);

        var expiry = (await Story.Adapter.FindStoryAsync(newer, Cancellation))!.ExpiresAt;
        Clock.SetUtcNow(expiry);
        Clock.AutoAdvanceAmount = TimeSpan.Zero;

        Assert.Equal(AccessDecision.NotFound, (await Story.Reads.GetAsync(fan, story, Cancellation)).Access);
        Assert.Equal(AccessDecision.NotFound, (await Story.Reads.GetAsync(ana, story, Cancellation)).Access);
        Assert.Empty((await Story.Reads.UserStoriesAsync(fan, ana, null, 10, Cancellation)).Value!.Items);
        Assert.Empty((await Story.Tray.ReadAsync(fan, null, 10, Cancellation)).Items);
        Assert.Equal(AccessDecision.NotFound, await Story.Viewing.MarkSeenAsync(fan, story, Cancellation));
        Assert.Equal(AccessDecision.NotFound, (await Story.Viewing.LikeAsync(fan, story, Cancellation)).Access);
        Assert.Equal(AccessDecision.NotFound, (await Story.Viewing.ViewersAsync(ana, story, null, 10, Cancellation)).Access);
        Assert.Equal(AccessDecision.NotFound, (await Story.Replying.ReplyAsync(fan, story, new("hi", "m-1"), Cancellation)).Access);
        Assert.Empty(Story.Messages.Sent);

        var archive = await Story.Reads.ArchiveAsync(ana, null, 1, Cancellation);
        Assert.Equal([newer], archive.Items.Select(s => s.StoryId));
        Assert.Equal([story], (await Story.Reads.ArchiveAsync(ana, archive.Next, 1, Cancellation)).Items.Select(s => s.StoryId));
        Assert.Empty((await Story.Reads.ArchiveAsync(fan, null, 10, Cancellation)).Items);
    }

    [Fact]
    public async Task A_users_live_stories_come_oldest_first_with_seen_and_leave_out_what_the_audience_hides()
    {
        var ana = await NewUserAsync();
        var fan = await NewUserAsync();
        Story.Relationships.Follow(fan, ana);
        var first = await PostAsync(ana);
        var forMutuals = await PostAsync(ana, StoryAudiences.Mutuals);
        var hidden = (await Story.Posting.PostAsync(ana, Draft(hideFrom: [fan]), null, Cancellation)).Value!.StoryId;
        var second = await PostAsync(ana, StoryAudiences.Everyone);
        await Story.Viewing.MarkSeenAsync(fan, second, Cancellation);

        var page = (await Story.Reads.UserStoriesAsync(fan, ana, null, 1, Cancellation)).Value!;
        var rest = (await Story.Reads.UserStoriesAsync(fan, ana, page.Next, 10, Cancellation)).Value!;

        Assert.Equal([first], page.Items.Select(s => s.Story.StoryId));
        Assert.Equal([second], rest.Items.Select(s => s.Story.StoryId));
        Assert.Null(rest.Next);
        Assert.Equal([false, true], page.Items.Concat(rest.Items).Select(s => s.Seen));
        Assert.Equal([first, forMutuals, hidden, second], (await Story.Reads.UserStoriesAsync(ana, ana, null, 10, Cancellation)).Value!.Items.Select(s => s.Story.StoryId));
    }

    [Fact]
    public async Task Only_the_owner_deletes_a_story_and_its_views_go_with_it()
    {
        var ana = await NewUserAsync();
        var fan = await NewUserAsync();
        var stranger = await NewUserAsync();
        Story.Relationships.Follow(fan, ana);
        var story = await PostAsync(ana);
        await Story.Viewing.LikeAsync(fan, story, Cancellation);

        Assert.Equal(DeleteOutcome.NotOwner, await Story.Posting.DeleteAsync(fan, story, Cancellation));
        Assert.Equal(DeleteOutcome.NotFound, await Story.Posting.DeleteAsync(stranger, story, Cancellation));
        Assert.NotNull(await Story.Adapter.FindStoryAsync(story, Cancellation));

        Assert.Equal(DeleteOutcome.Deleted, await Story.Posting.DeleteAsync(ana, story, Cancellation));
        Assert.Equal(DeleteOutcome.Deleted, await Story.Posting.DeleteAsync(ana, story, Cancellation));
        Assert.Null(await Story.Adapter.FindStoryAsync(story, Cancellation));
        Assert.Empty((await Story.Adapter.ListViewsAsync(story, null, 10, Cancellation)).Items);
        Assert.Empty(await Story.Adapter.SeenAsync(fan, [story], Cancellation));
    }

    protected static MessageReceipt Receipt() => new("story.test", Guid.CreateVersion7());

    protected static StoryDraft Draft(string? audience = null, params Guid[] hideFrom) =>
        new("https://cdn.example.com/s.jpg", "caption", audience, hideFrom);

    /// <summary>A user Story knows, as after their AccountCreated.</summary>
    protected async Task<Guid> NewUserAsync()
    {
        var id = Guid.CreateVersion7();
        await Story.Users.AddAsync(new KnownUser(id, FakeProfiles.HandleOf(id), Clock.GetUtcNow()), Receipt(), Cancellation);
        return id;
    }

    protected async Task<Guid> PostAsync(Guid owner, string audience = StoryAudiences.Followers) =>
        (await Story.Posting.PostAsync(owner, Draft(audience), null, Cancellation)).Value!.StoryId;
}
