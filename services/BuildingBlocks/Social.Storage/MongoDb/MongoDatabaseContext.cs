using MongoDB.Driver;
using Social.EventBus.Inbox;
using Social.EventBus.Outbox;

namespace Social.Storage.MongoDb;

/// <summary>
/// A service's MongoDB database. State changes run in a multi-document transaction (a replica set is required) that
/// also holds their outbox messages and, for consumers, the inbox receipt: the same guarantees as the SQLite adapter.
/// </summary>
public sealed class MongoDatabaseContext(IMongoClient client, string databaseName, IOutboxSignal outboxSignal, TimeProvider timeProvider)
{
    private const int DuplicateKey = 11000;

    /// <summary>The server's label on an error that aborted a transaction before anything of it was committed.</summary>
    private const string TransientTransactionError = "TransientTransactionError";

    private static readonly IReadOnlyCollection<OutboxMessage> NoMessages = [];

    public IMongoDatabase Database { get; } = client.GetDatabase(databaseName);

    public IMongoCollection<OutboxDocument> Outbox => Database.GetCollection<OutboxDocument>(SharedCollections.Outbox);

    public IMongoCollection<InboxDocument> Inbox => Database.GetCollection<InboxDocument>(SharedCollections.Inbox);

    public static bool IsDuplicateKey(MongoException exception) => exception switch
    {
        MongoWriteException write => write.WriteError?.Code == DuplicateKey,
        MongoBulkWriteException bulk => bulk.WriteErrors.Any(e => e.Code == DuplicateKey),
        MongoCommandException command => command.Code == DuplicateKey,
        _ => false,
    };

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and commits it with the outbox messages the work returns (the
    /// relay is woken once they are committed). Returns false, with nothing written, when the work returns null
    /// (nothing to change) or a unique key is violated. The work may run more than once: see <see cref="TransactionRetry"/>.
    /// </summary>
    public async Task<bool> InTransactionAsync(
        Func<IClientSessionHandle, CancellationToken, Task<IReadOnlyCollection<OutboxMessage>?>> work,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryTransactionAsync(work, cancellationToken);
            }
            catch (MongoException exception) when (exception.HasErrorLabel(TransientTransactionError) && attempt < TransactionRetry.MaxAttempts)
            {
                // Another transaction wrote one of our documents first (two follows of one user both change that
                // user's counts), or the primary stepped down: nothing of ours was committed, so the work runs again,
                // after a jittered pause, on what is there now.
                await Task.Delay(TransactionRetry.DelayAfter(attempt), timeProvider, cancellationToken);
            }
        }
    }

    /// <summary>A consumer's effect, applied at most once per message (the receipt's unique id guards it).</summary>
    public Task<bool> ApplyOnceAsync(MessageReceipt receipt, Func<IClientSessionHandle, CancellationToken, Task> effect, CancellationToken cancellationToken) =>
        ApplyOnceAsync(
            receipt,
            async (session, ct) =>
            {
                await effect(session, ct);
                return NoMessages;
            },
            cancellationToken);

    /// <summary>
    /// A consumer's effect that raises events, applied at most once per message: the outbox messages it returns commit
    /// with the receipt and the effect.
    /// </summary>
    public Task<bool> ApplyOnceAsync(
        MessageReceipt receipt,
        Func<IClientSessionHandle, CancellationToken, Task<IReadOnlyCollection<OutboxMessage>>> effect,
        CancellationToken cancellationToken) =>
        InTransactionAsync(
            async (session, ct) =>
            {
                var id = InboxDocument.IdOf(receipt.Consumer, receipt.MessageId);
                await Inbox.InsertOneAsync(session, new InboxDocument { Id = id, ProcessedAt = timeProvider.GetUtcNow().UtcDateTime }, cancellationToken: ct);
                return await effect(session, ct);
            },
            cancellationToken);

    /// <summary>
    /// Several consumers' messages in one transaction: each receipt is recorded unless it was already (or is met earlier
    /// in <paramref name="receipts"/>), and <paramref name="effect"/> applies the messages whose receipts are new (it is
    /// told which), with the outbox messages it returns. Answers which receipts were new; nothing is written when none is.
    /// A receipt that a concurrent consumer records between the look and the write breaks its unique id: the whole
    /// transaction is dropped and runs again on what is there now (a few times, then it throws and the messages are
    /// retried as any failed message is).
    /// </summary>
    public async Task<IReadOnlyList<bool>> ApplyEachOnceAsync(
        IReadOnlyList<MessageReceipt> receipts,
        Func<IClientSessionHandle, IReadOnlyList<bool>, CancellationToken, Task<IReadOnlyCollection<OutboxMessage>>> effect,
        CancellationToken cancellationToken)
    {
        var ids = receipts.Select(r => InboxDocument.IdOf(r.Consumer, r.MessageId)).ToList();
        for (var attempt = 1; ; attempt++)
        {
            bool[] fresh = [];
            var committed = await InTransactionAsync(
                async (session, ct) =>
                {
                    var known = (await Inbox.Find(session, Builders<InboxDocument>.Filter.In(d => d.Id, ids.Distinct())).Project(d => d.Id).ToListAsync(ct))
                        .ToHashSet(StringComparer.Ordinal);
                    fresh = [.. ids.Select(known.Add)];
                    if (!fresh.Contains(true))
                    {
                        return null;
                    }

                    var processedAt = timeProvider.GetUtcNow().UtcDateTime;
                    await Inbox.InsertManyAsync(session, ids.Where((_, i) => fresh[i]).Select(id => new InboxDocument { Id = id, ProcessedAt = processedAt }), cancellationToken: ct);
                    return await effect(session, fresh, ct);
                },
                cancellationToken);
            if (committed || !fresh.Contains(true))
            {
                return fresh;
            }

            if (attempt == TransactionRetry.MaxAttempts)
            {
                throw new InvalidOperationException("A batch of messages kept meeting concurrent writes and was not applied.");
            }
        }
    }

    private async Task<bool> TryTransactionAsync(
        Func<IClientSessionHandle, CancellationToken, Task<IReadOnlyCollection<OutboxMessage>?>> work,
        CancellationToken cancellationToken)
    {
        using var session = await client.StartSessionAsync(cancellationToken: cancellationToken);
        // Snapshot reads and majority commits: the work decides on one consistent view, and what it commits survives a
        // failover (the relay reads with majority read concern, so it publishes nothing a failover could undo).
        session.StartTransaction(new TransactionOptions(ReadConcern.Snapshot, writeConcern: WriteConcern.WMajority));
        IReadOnlyCollection<OutboxMessage>? outboxMessages;
        try
        {
            outboxMessages = await work(session, cancellationToken);
            if (outboxMessages is null)
            {
                await session.AbortTransactionAsync(cancellationToken);
                return false;
            }

            if (outboxMessages.Count > 0)
            {
                await Outbox.InsertManyAsync(session, outboxMessages.Select(ToDocument), cancellationToken: cancellationToken);
            }

            await session.CommitTransactionAsync(cancellationToken);
        }
        catch (MongoException exception) when (IsDuplicateKey(exception))
        {
            await session.AbortTransactionAsync(cancellationToken);
            return false;
        }

        if (outboxMessages.Count > 0)
        {
            outboxSignal.Notify();
        }

        return true;
    }

    private static OutboxDocument ToDocument(OutboxMessage message) => new()
    {
        Id = message.MessageId.ToString(),
        AggregateId = message.AggregateId,
        MessageType = message.MessageType,
        Body = message.Body,
        TraceParent = message.TraceParent,
        OccurredAt = message.OccurredAt.UtcDateTime,
    };
}
