using MongoDB.Driver;
using Social.EventBus.Inbox;
using Social.Storage.MongoDb;

namespace Social.KnownUsers.MongoDb;

/// <summary>
/// The base of a service's MongoDB adapter: runs its write transactions (<typeparamref name="TTransaction"/>, with
/// the events they publish) and reads the known users.
/// </summary>
/// <typeparam name="TPort">The service's transaction port.</typeparam>
/// <typeparam name="TTransaction">Its MongoDB implementation.</typeparam>
public abstract class MongoKnownUsersStore<TPort, TTransaction>(MongoDatabaseContext context, TimeProvider clock) : IKnownUsersStore<TPort>
    where TPort : IKnownUsersTransaction
    where TTransaction : MongoKnownUsersTransaction, TPort
{
    protected MongoDatabaseContext Context { get; } = context;

    protected TimeProvider Clock { get; } = clock;

    protected IMongoDatabase Database => Context.Database;

    /// <summary>
    /// One write transaction: the work, the events it published, commit. A transaction that conflicts with a
    /// concurrent one runs again (see <see cref="MongoDatabaseContext.InTransactionAsync"/>), so the result is the
    /// last run's.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<TPort, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var result = default(T)!;
        TTransaction? last = null;
        var committed = await Context.InTransactionAsync(
            async (session, ct) =>
            {
                last = Begin(session, Clock.GetUtcNow());
                result = await work(last, ct);
                return last.Published;
            },
            cancellationToken);
        if (committed)
        {
            last!.Committed();
        }

        // Writes are upserts on natural ids, so only a concurrent writer can break a unique key: report it rather
        // than answer for a write that did not happen.
        return committed ? result : throw new InvalidOperationException("A write met a concurrent one and was not applied.");
    }

    public async Task<bool> ApplyOnceAsync(MessageReceipt receipt, Func<TPort, CancellationToken, Task> effect, CancellationToken cancellationToken)
    {
        TTransaction? last = null;
        var applied = await Context.ApplyOnceAsync(
            receipt,
            async (session, ct) =>
            {
                last = Begin(session, Clock.GetUtcNow());
                await effect(last, ct);
                return last.Published;
            },
            cancellationToken);
        if (applied)
        {
            last!.Committed();
        }

        return applied;
    }

    /// <summary>Several consumers' messages in one transaction, each at most once (see <see cref="MongoDatabaseContext.ApplyEachOnceAsync"/>).</summary>
    public Task<IReadOnlyList<bool>> ApplyEachOnceAsync(
        IReadOnlyList<MessageReceipt> receipts, Func<TPort, IReadOnlyList<bool>, CancellationToken, Task> effect, CancellationToken cancellationToken) =>
        Context.ApplyEachOnceAsync(
            receipts,
            async (session, fresh, ct) =>
            {
                var transaction = Begin(session, Clock.GetUtcNow());
                await effect(transaction, fresh, ct);
                return transaction.Published;
            },
            cancellationToken);

    public async Task<KnownUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        var document = await Database.GetCollection<KnownUserDocument>(KnownUserDocument.Collection)
            .Find(u => u.Id == userId.ToString())
            .FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : new KnownUser(userId, document.Handle, MongoTime.Utc(document.CreatedAt));
    }

    public async Task<UserSettings> GetSettingsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var document = await Database.GetCollection<UserSettingsDocument>(UserSettingsDocument.Collection)
            .Find(s => s.Id == userId.ToString())
            .FirstOrDefaultAsync(cancellationToken);
        return document?.ToSettings() ?? UserSettings.DefaultsFor(userId);
    }

    /// <summary>The service's transaction in <paramref name="session"/>, timed <paramref name="at"/>.</summary>
    protected abstract TTransaction Begin(IClientSessionHandle session, DateTimeOffset at);
}
