using Social.EventBus.Inbox;
using Social.Storage.Sqlite;

namespace Social.KnownUsers.Sqlite;

/// <summary>
/// The base of a service's SQLite adapter: opens its write transactions (<typeparamref name="TTransaction"/>, the
/// service's statements over the known users' ones) and reads the known users.
/// </summary>
/// <typeparam name="TPort">The service's transaction port.</typeparam>
/// <typeparam name="TTransaction">Its SQLite implementation.</typeparam>
public abstract class SqliteKnownUsersStore<TPort, TTransaction>(SqliteDatabase database, TimeProvider clock) : IKnownUsersStore<TPort>
    where TPort : IKnownUsersTransaction
    where TTransaction : SqliteKnownUsersTransaction, TPort
{
    protected SqliteDatabase Database { get; } = database;

    protected TimeProvider Clock { get; } = clock;

    /// <summary>One write transaction: the work, the events it published, commit.</summary>
    public async Task<T> WriteAsync<T>(Func<TPort, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var unit = await Database.BeginAsync(cancellationToken);
        var transaction = Begin(unit, Clock.GetUtcNow());
        var result = await work(transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public async Task<bool> ApplyOnceAsync(MessageReceipt receipt, Func<TPort, CancellationToken, Task> effect, CancellationToken cancellationToken)
    {
        await using var unit = await Database.BeginAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        if (!await unit.TryRecordReceiptAsync(receipt, now, cancellationToken))
        {
            return false;
        }

        var transaction = Begin(unit, now);
        await effect(transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Several consumers' messages in one write transaction: each receipt is recorded unless it was already (or is met
    /// earlier in <paramref name="receipts"/>), then <paramref name="effect"/> applies the messages whose receipts are
    /// new (it is told which). Answers which were new; nothing is written when none is.
    /// </summary>
    public async Task<IReadOnlyList<bool>> ApplyEachOnceAsync(
        IReadOnlyList<MessageReceipt> receipts, Func<TPort, IReadOnlyList<bool>, CancellationToken, Task> effect, CancellationToken cancellationToken)
    {
        await using var unit = await Database.BeginAsync(cancellationToken);
        var now = Clock.GetUtcNow();
        var fresh = new bool[receipts.Count];
        for (var i = 0; i < receipts.Count; i++)
        {
            fresh[i] = await unit.TryRecordReceiptAsync(receipts[i], now, cancellationToken);
        }

        if (fresh.Contains(true))
        {
            var transaction = Begin(unit, now);
            await effect(transaction, fresh, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return fresh;
    }

    public async Task<KnownUser?> FindUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await SqliteKnownUsersReads.FindUserAsync(connection, userId, cancellationToken);
    }

    public async Task<UserSettings> GetSettingsAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await SqliteKnownUsersReads.ReadSettingsAsync(connection, null, userId, cancellationToken) ?? UserSettings.DefaultsFor(userId);
    }

    /// <summary>The service's transaction over <paramref name="unit"/>, timed <paramref name="at"/>.</summary>
    protected abstract TTransaction Begin(SqliteUnitOfWork unit, DateTimeOffset at);
}
