using Microsoft.Extensions.Time.Testing;
using Social.Contracts.Events;
using Social.Engagement.Domain.Access;
using Social.Engagement.Domain.Content;
using Social.Engagement.Storage;
using Social.EventBus.Inbox;
using Social.EventBus.Outbox;
using Social.KnownUsers;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// What Engagement does on every adapter of <see cref="IEngagementStore"/>, driven through the domain's use cases as
/// the API and consumers drive them: content here; likes, blocks, deletions and the randomized model beside. The clock
/// is fake and moves 1 ms per reading.
/// </summary>
public abstract partial class EngagementStoreConformance : IAsyncLifetime
{
    protected EngagementUnderTest Engagement { get; private set; } = null!;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var (store, outbox) = await CreateStoreAsync(Clock);
        Engagement = new EngagementUnderTest(store, outbox, Clock);
    }

    public ValueTask DisposeAsync()
    {
        ReleaseStores();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected abstract Task<(IEngagementStore Store, IOutboxStore Outbox)> CreateStoreAsync(TimeProvider clock);

    /// <summary>Frees what <see cref="CreateStoreAsync"/> made (files, connections).</summary>
    protected abstract void ReleaseStores();

    [Fact]
    public async Task Created_content_is_found_with_its_defaults_and_no_likes()
    {
        var ana = await NewUserAsync();

        var result = await Engagement.Publishing.CreateAsync(ana, Draft(), null, Cancellation);

        Assert.True(result.Created);
        var found = await Engagement.Adapter.FindContentAsync(result.Item!.Record.ContentId, Cancellation);
        Assert.Equivalent(result.Item.Record, found!.Record, strict: true);
        Assert.Equal(0, found.LikesCount);
        Assert.Equal(ContentAudiences.Everyone, found.Record.Audience);
    }

    [Fact]
    public async Task Invalid_content_and_an_unknown_owner_write_nothing()
    {
        var ana = await NewUserAsync();

        Assert.NotEmpty((await Engagement.Publishing.CreateAsync(ana, Draft() with { MediaUrl = "http://plain.example.com/v.mp4" }, null, Cancellation)).Violations);
        Assert.NotEmpty((await Engagement.Publishing.CreateAsync(ana, Draft(), "key with spaces", Cancellation)).Violations);
        Assert.Equal(PublishConflict.OwnerUnknown, (await Engagement.Publishing.CreateAsync(Guid.CreateVersion7(), Draft(), null, Cancellation)).Conflict);

        Assert.Empty(await AllContentAsync(ana, ana));
        Assert.Empty(await Engagement.EventsAsync());
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_answers_the_first_item_and_another_request_with_it_is_refused()
    {
        var ana = await NewUserAsync();

        var first = await Engagement.Publishing.CreateAsync(ana, Draft(), "key-1", Cancellation);
        var retry = await Engagement.Publishing.CreateAsync(ana, Draft(), "key-1", Cancellation);
        var reused = await Engagement.Publishing.CreateAsync(ana, Draft() with { Caption = "other" }, "key-1", Cancellation);
        // Keys belong to their owner: another user's same key is a new request.
        var bob = await NewUserAsync();
        var bobs = await Engagement.Publishing.CreateAsync(bob, Draft(), "key-1", Cancellation);

        Assert.True(first.Created);
        Assert.False(retry.Created);
        Assert.Equivalent(first.Item!.Record, retry.Item!.Record, strict: true);
        Assert.Equal(PublishConflict.IdempotencyKeyReused, reused.Conflict);
        Assert.True(bobs.Created);
        Assert.Single(await AllContentAsync(ana, ana));
    }

    [Fact]
    public async Task A_users_content_is_listed_newest_first_page_by_page_with_only_the_audiences_the_viewer_may_see()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var everyone = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            everyone.Add((await Engagement.Publishing.CreateAsync(ana, Draft(), null, Cancellation)).Item!.Record.ContentId);
            await Engagement.Publishing.CreateAsync(ana, Draft() with { Audience = ContentAudiences.Followers }, null, Cancellation);
        }

        await Engagement.Publishing.CreateAsync(ana, Draft() with { Audience = ContentAudiences.OnlyMe }, null, Cancellation);

        Assert.Equal(Enumerable.Reverse(everyone), await AllContentAsync(ana, bob, pageSize: 2));
        Assert.Equal(11, (await AllContentAsync(ana, ana, pageSize: 3)).Count);
        Engagement.Relationships.Follow(bob, ana);
        Assert.Equal(10, (await AllContentAsync(ana, bob, pageSize: 4)).Count);
    }

    [Fact]
    public async Task A_registered_id_answers_the_same_item_for_its_owner_and_is_taken_for_anyone_else()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var id = Guid.NewGuid();

        var first = await Engagement.Publishing.RegisterAsync(id, ana, Draft(), Cancellation);
        var again = await Engagement.Publishing.RegisterAsync(id, ana, Draft() with { Caption = "changed" }, Cancellation);
        var taken = await Engagement.Publishing.RegisterAsync(id, bob, Draft(), Cancellation);

        Assert.True(first.Created);
        Assert.Equal((false, "Look"), (again.Created, again.Item!.Record.Caption));
        Assert.Equal(PublishConflict.IdTaken, taken.Conflict);
        Assert.Equal(ana, (await Engagement.Adapter.FindContentAsync(id, Cancellation))!.Record.OwnerId);
    }

    [Fact]
    public async Task Deleting_is_for_the_owner_someone_who_sees_it_is_refused_and_someone_who_cannot_finds_nothing()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var carl = await NewUserAsync();
        var item = await NewContentAsync(ana);
        Engagement.Relationships.Block(ana, carl);

        Assert.Equal(DeleteOutcome.NotOwner, await Engagement.Publishing.DeleteAsync(bob, item, Cancellation));
        Assert.Equal(DeleteOutcome.NotFound, await Engagement.Publishing.DeleteAsync(carl, item, Cancellation));
        Assert.NotNull(await Engagement.Adapter.FindContentAsync(item, Cancellation));

        Assert.Equal(DeleteOutcome.Deleted, await Engagement.Publishing.DeleteAsync(ana, item, Cancellation));
        Assert.Equal(DeleteOutcome.Deleted, await Engagement.Publishing.DeleteAsync(ana, item, Cancellation));
        Assert.Null(await Engagement.Adapter.FindContentAsync(item, Cancellation));
    }

    [Fact]
    public async Task Engagement_for_a_feed_page_leaves_out_what_the_viewer_may_not_see()
    {
        var ana = await NewUserAsync();
        var bob = await NewUserAsync();
        var viewer = await NewUserAsync();
        var open = await NewContentAsync(ana);
        var forFollowers = (await Engagement.Publishing.CreateAsync(ana, Draft() with { Audience = ContentAudiences.Followers }, null, Cancellation)).Item!.Record.ContentId;
        var blockersItem = await NewContentAsync(bob);
        await Engagement.Liking.LikeAsync(viewer, open, Cancellation);
        Engagement.Relationships.Block(bob, viewer);

        var page = await Engagement.Reads.EngagementAsync(viewer, [open, forFollowers, blockersItem, Guid.CreateVersion7()], Cancellation);

        var only = Assert.Single(page);
        Assert.Equal((open, 1L, true), (only.Item.Record.ContentId, only.Item.LikesCount, only.ViewerHasLiked));
    }

    protected static ContentDraft Draft() => new("https://cdn.example.com/v/1.mp4", "Look", null, null);

    protected static MessageReceipt Receipt() => new("engagement.test", Guid.CreateVersion7());

    /// <summary>A user Engagement knows, as after their AccountCreated.</summary>
    protected async Task<Guid> NewUserAsync()
    {
        var id = Guid.CreateVersion7();
        await Engagement.Users.AddAsync(new KnownUser(id, FakeProfiles.HandleOf(id), Clock.GetUtcNow()), Receipt(), Cancellation);
        return id;
    }

    protected async Task<Guid> NewContentAsync(Guid owner) =>
        (await Engagement.Publishing.CreateAsync(owner, Draft(), null, Cancellation)).Item!.Record.ContentId;

    protected async Task<long> LikesAsync(Guid contentId) =>
        (await Engagement.Adapter.FindContentAsync(contentId, Cancellation))?.LikesCount ?? -1;

    /// <summary>
    /// The likes received that <paramref name="owner"/>'s profile would show from the events published: per shard the
    /// value of the highest version, summed.
    /// </summary>
    protected async Task<long> LikesReceivedAsync(Guid owner) =>
        (await Engagement.EventsAsync()).OfType<LikesReceivedChanged>()
            .Where(e => e.UserId == owner)
            .GroupBy(e => e.Shard)
            .Sum(shard => shard.MaxBy(e => e.Version)!.Likes);

    /// <summary>Every item of <paramref name="owner"/> that <paramref name="viewer"/> may see, read page by page.</summary>
    protected async Task<List<Guid>> AllContentAsync(Guid owner, Guid viewer, int pageSize = 100)
    {
        var all = new List<Guid>();
        ContentPosition? after = null;
        do
        {
            var seen = await Engagement.Reads.ListAsync(viewer, owner, after, pageSize, Cancellation);
            Assert.Equal(AccessDecision.Visible, seen.Access);
            all.AddRange(seen.Value!.Items.Select(i => i.Item.Record.ContentId));
            after = seen.Value.Next;
        }
        while (after is not null);

        return all;
    }
}
