using MongoDB.Driver;
using OpenIddict.Abstractions;

namespace Social.Profile.Identity.MongoDb;

/// <summary>
/// OpenIddict's optimistic concurrency over MongoDB: a document is replaced or deleted only while it still carries the
/// concurrency token it was read with, in one conditional write that the server applies atomically. Of two instances
/// that read one refresh token and both mark it redeemed, the second write matches nothing and throws
/// <see cref="OpenIddictExceptions.ConcurrencyException"/>: that, not any in-process lock, is what lets one win.
/// </summary>
internal static class OptimisticWrites
{
    public static async Task ReplaceAsync<TDocument>(IMongoCollection<TDocument> collection, TDocument document, CancellationToken cancellationToken)
        where TDocument : IOAuthDocument
    {
        var filter = AsRead(document);
        document.ConcurrencyToken = Guid.NewGuid().ToString();
        var result = await collection.ReplaceOneAsync(filter, document, cancellationToken: cancellationToken);
        if (result.MatchedCount == 0)
        {
            // The instance keeps its new token: it is stale either way, and whoever holds it must read the entry again.
            throw Conflict();
        }
    }

    /// <summary>Deletes the document as it was read, in <paramref name="session"/>'s transaction when there is one.</summary>
    public static async Task DeleteAsync<TDocument>(
        IMongoCollection<TDocument> collection, IClientSessionHandle? session, TDocument document, CancellationToken cancellationToken)
        where TDocument : IOAuthDocument
    {
        var result = session is null
            ? await collection.DeleteOneAsync(AsRead(document), cancellationToken)
            : await collection.DeleteOneAsync(session, AsRead(document), cancellationToken: cancellationToken);
        if (result.DeletedCount == 0)
        {
            throw Conflict();
        }
    }

    /// <summary>The document as it was read: its id, with the concurrency token it was read with.</summary>
    private static FilterDefinition<TDocument> AsRead<TDocument>(TDocument document)
        where TDocument : IOAuthDocument =>
        Builders<TDocument>.Filter.Eq("_id", document.Id) & Builders<TDocument>.Filter.Eq(nameof(IOAuthDocument.ConcurrencyToken), document.ConcurrencyToken);

    private static OpenIddictExceptions.ConcurrencyException Conflict() =>
        new("The entry was changed or removed by another writer since it was read; read it again before changing it.");
}
