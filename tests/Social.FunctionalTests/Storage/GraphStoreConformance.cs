using Social.Graph.Storage;
using Social.Graph.Users;
using Social.ServiceDefaults.Messaging.Inbox;

namespace Social.FunctionalTests.Storage;

/// <summary>What every adapter of <see cref="IGraphStore"/> must do, whatever the database.</summary>
public abstract class GraphStoreConformance : IAsyncLifetime
{
    protected IGraphStore Store { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Store = await CreateStoreAsync();

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
        var user = new GraphUser(Guid.CreateVersion7(), "ana", DateTimeOffset.UtcNow);

        Assert.True(await Store.AddUserAsync(user, new MessageReceipt("graph.test", Guid.CreateVersion7()), TestContext.Current.CancellationToken));

        Assert.Equal("ana", (await Store.FindUserAsync(user.UserId, TestContext.Current.CancellationToken))?.Handle);
    }

    [Fact]
    public async Task The_same_message_is_applied_once()
    {
        var user = new GraphUser(Guid.CreateVersion7(), "ana", DateTimeOffset.UtcNow);
        var receipt = new MessageReceipt("graph.test", Guid.CreateVersion7());

        Assert.True(await Store.AddUserAsync(user, receipt, TestContext.Current.CancellationToken));
        Assert.False(await Store.AddUserAsync(user with { Handle = "changed" }, receipt, TestContext.Current.CancellationToken));

        Assert.Equal("ana", (await Store.FindUserAsync(user.UserId, TestContext.Current.CancellationToken))?.Handle);
    }

    [Fact]
    public async Task A_removed_user_stays_removed_even_if_their_creation_arrives_late()
    {
        var user = new GraphUser(Guid.CreateVersion7(), "ana", DateTimeOffset.UtcNow);
        await Store.AddUserAsync(user, new MessageReceipt("graph.test", Guid.CreateVersion7()), TestContext.Current.CancellationToken);

        Assert.True(await Store.RemoveUserAsync(user.UserId, new MessageReceipt("graph.test", Guid.CreateVersion7()), TestContext.Current.CancellationToken));
        await Store.AddUserAsync(user, new MessageReceipt("graph.test", Guid.CreateVersion7()), TestContext.Current.CancellationToken);

        Assert.Null(await Store.FindUserAsync(user.UserId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_unknown_user_is_not_found() =>
        Assert.Null(await Store.FindUserAsync(Guid.CreateVersion7(), TestContext.Current.CancellationToken));

    protected abstract Task<IGraphStore> CreateStoreAsync();
}
