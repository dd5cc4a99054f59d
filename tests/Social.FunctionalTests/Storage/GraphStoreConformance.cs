using Microsoft.Extensions.Time.Testing;
using Social.EventBus.Inbox;
using Social.EventBus.Outbox;
using Social.Graph.Storage;
using Social.KnownUsers;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// What the graph does on every adapter of <see cref="IGraphStore"/>, whatever the database (driven through the
/// domain's use cases, as the API and consumers drive it): users here; follows, blocks, lists
/// and the randomized model beside. The clock is fake and moves 1 ms per reading, so edges are strictly time-ordered.
/// </summary>
public abstract partial class GraphStoreConformance : IAsyncLifetime
{
    protected GraphUnderTest Store { get; private set; } = null!;

    /// <summary>The outbox the store's transactions publish into.</summary>
    protected IOutboxStore Outbox { get; private set; } = null!;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero)) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var (store, outbox) = await CreateStoreAsync(Clock);
        (Store, Outbox) = (new GraphUnderTest(store, Clock), outbox);
    }

    public ValueTask DisposeAsync()
    {
        ReleaseStores();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Frees what <c>CreateStore…</c> made (files, connections).</summary>
    protected abstract void ReleaseStores();

    [Fact]
    public async Task A_user_added_from_a_message_is_found()
    {
        var user = new KnownUser(Guid.CreateVersion7(), "ana", DateTimeOffset.UtcNow);

        Assert.True(await Store.AddUserAsync(user, new MessageReceipt("graph.test", Guid.CreateVersion7()), TestContext.Current.CancellationToken));

        Assert.Equal("ana", (await Store.FindUserAsync(user.UserId, TestContext.Current.CancellationToken))?.Handle);
    }

    [Fact]
    public async Task The_same_message_is_applied_once()
    {
        var user = new KnownUser(Guid.CreateVersion7(), "ana", DateTimeOffset.UtcNow);
        var receipt = new MessageReceipt("graph.test", Guid.CreateVersion7());

        Assert.True(await Store.AddUserAsync(user, receipt, TestContext.Current.CancellationToken));
        Assert.False(await Store.AddUserAsync(user with { Handle = "changed" }, receipt, TestContext.Current.CancellationToken));

        Assert.Equal("ana", (await Store.FindUserAsync(user.UserId, TestContext.Current.CancellationToken))?.Handle);
    }

    [Fact]
    public async Task A_removed_user_stays_removed_even_if_their_creation_arrives_late()
    {
        var user = new KnownUser(Guid.CreateVersion7(), "ana", DateTimeOffset.UtcNow);
        await Store.AddUserAsync(user, new MessageReceipt("graph.test", Guid.CreateVersion7()), TestContext.Current.CancellationToken);

        Assert.True(await Store.RemoveUserAsync(user.UserId, new MessageReceipt("graph.test", Guid.CreateVersion7()), TestContext.Current.CancellationToken));
        await Store.AddUserAsync(user, new MessageReceipt("graph.test", Guid.CreateVersion7()), TestContext.Current.CancellationToken);

        Assert.Null(await Store.FindUserAsync(user.UserId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_unknown_user_is_not_found() =>
        Assert.Null(await Store.FindUserAsync(Guid.CreateVersion7(), TestContext.Current.CancellationToken));

    protected abstract Task<(IGraphStore Store, IOutboxStore Outbox)> CreateStoreAsync(TimeProvider clock);

    /// <summary>A user the graph knows, as after their AccountCreated.</summary>
    protected async Task<Guid> NewUserAsync(string handle = "user")
    {
        var id = Guid.CreateVersion7();
        await Store.AddUserAsync(new KnownUser(id, handle, Clock.GetUtcNow()), Receipt(), Cancellation);
        return id;
    }

    protected Task<bool> SetPrivateAsync(Guid user, bool isPrivate, MessageReceipt? receipt = null) =>
        Store.ApplySettingsAsync(
            UserSettings.DefaultsFor(user) with { IsPrivate = isPrivate, ChangedAt = Clock.GetUtcNow() }, receipt ?? Receipt(), Cancellation);

    protected static MessageReceipt Receipt() => new("graph.test", Guid.CreateVersion7());

    protected async Task<(long Followers, long Following)> CountsAsync(Guid user) =>
        await Store.GetCountsAsync(user, Cancellation) is { } counts ? (counts.Followers, counts.Following) : (-1, -1);

    /// <summary>Every entry of a list, read page by page.</summary>
    protected async Task<List<Guid>> AllAsync(Social.Graph.Domain.Edges.EdgeList list, Guid owner, int pageSize = 100)
    {
        var all = new List<Guid>();
        Guid? after = null;
        do
        {
            var page = await Store.ListAsync(list, owner, owner, after, pageSize, Cancellation);
            all.AddRange(page.Items.Select(edge => edge.UserId));
            after = page.Next;
        }
        while (after is not null);

        return all;
    }
}
