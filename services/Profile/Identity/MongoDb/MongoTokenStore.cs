using MongoDB.Driver;
using MongoDB.Driver.Linq;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.Profile.Identity.MongoDb;

/// <summary>
/// OpenIddict's token store over Profile's MongoDB database. Updates and deletes are conditional on the concurrency
/// token (<see cref="OptimisticWrites"/>); revocations are one conditional bulk update each (only what is not revoked
/// yet changes, and its concurrency token with it, so a redemption racing a revocation loses).
/// </summary>
public sealed partial class MongoTokenStore(OAuthCollections collections, TimeProvider clock) : IOpenIddictTokenStore<OAuthTokenDocument>
{
    private static readonly FilterDefinitionBuilder<OAuthTokenDocument> Filter = Builders<OAuthTokenDocument>.Filter;

    private IMongoCollection<OAuthTokenDocument> Tokens => collections.Tokens;

    public async ValueTask<long> CountAsync(CancellationToken cancellationToken) =>
        await Tokens.CountDocumentsAsync(Filter.Empty, cancellationToken: cancellationToken);

    public async ValueTask<long> CountAsync<TResult>(Func<IQueryable<OAuthTokenDocument>, IQueryable<TResult>> query, CancellationToken cancellationToken) =>
        await query(Tokens.AsQueryable()).LongCountAsync(cancellationToken);

    public async ValueTask CreateAsync(OAuthTokenDocument token, CancellationToken cancellationToken) =>
        await Tokens.InsertOneAsync(token, cancellationToken: cancellationToken);

    public async ValueTask DeleteAsync(OAuthTokenDocument token, CancellationToken cancellationToken) =>
        await OptimisticWrites.DeleteAsync(Tokens, session: null, token, cancellationToken);

    public IAsyncEnumerable<OAuthTokenDocument> FindAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(Tokens.Find(Matching(subject, client, status, type)), cancellationToken);

    public IAsyncEnumerable<OAuthTokenDocument> FindByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(Tokens.Find(t => t.ApplicationId == identifier), cancellationToken);

    public IAsyncEnumerable<OAuthTokenDocument> FindByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(Tokens.Find(t => t.AuthorizationId == identifier), cancellationToken);

    public async ValueTask<OAuthTokenDocument?> FindByIdAsync(string identifier, CancellationToken cancellationToken) =>
        await Tokens.Find(t => t.Id == identifier).FirstOrDefaultAsync(cancellationToken);

    public async ValueTask<OAuthTokenDocument?> FindByReferenceIdAsync(string identifier, CancellationToken cancellationToken) =>
        await Tokens.Find(t => t.ReferenceId == identifier).FirstOrDefaultAsync(cancellationToken);

    public IAsyncEnumerable<OAuthTokenDocument> FindBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(Tokens.Find(t => t.Subject == subject), cancellationToken);

    public async ValueTask<TResult?> GetAsync<TState, TResult>(
        Func<IQueryable<OAuthTokenDocument>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        await query(Tokens.AsQueryable(), state).FirstOrDefaultAsync(cancellationToken);

    public ValueTask<OAuthTokenDocument> InstantiateAsync(CancellationToken cancellationToken) => ValueTask.FromResult(new OAuthTokenDocument());

    public IAsyncEnumerable<OAuthTokenDocument> ListAsync(int? count, int? offset, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(Tokens.Find(Filter.Empty).SortBy(t => t.Id).Skip(offset).Limit(count), cancellationToken);

    public IAsyncEnumerable<TResult> ListAsync<TState, TResult>(
        Func<IQueryable<OAuthTokenDocument>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(ct => query(Tokens.AsQueryable(), state).ToCursorAsync(ct), cancellationToken);

    /// <summary>
    /// Deletes, in bounded batches, the tokens created before <paramref name="threshold"/> that can no longer be used:
    /// not valid (redeemed, revoked, rejected), expired, or of an authorization that is no longer valid (the same
    /// rule as the SQLite store). Redeemed refresh tokens younger than that stay: reuse detection needs them.
    /// </summary>
    public async ValueTask<long> PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken)
    {
        var before = threshold.UtcDateTime;
        var now = clock.GetUtcNow().UtcDateTime;
        var unusable = Filter.Lt(t => t.CreationDate, before)
            & (Filter.Nin(t => t.Status, [Statuses.Inactive, Statuses.Valid]) | Filter.Lt(t => t.ExpirationDate, now));
        var pruned = await BatchedDeletes.DeleteAsync(Tokens, unusable, cancellationToken);

        // What is left of the old tokens is still valid and unexpired: few, since refresh tokens expire with the
        // pruning age. Their authorizations are looked up a batch at a time.
        var endedAuthorizations = await collections.Authorizations
            .Find(Builders<OAuthAuthorizationDocument>.Filter.Ne(a => a.Status, Statuses.Valid))
            .Project(a => a.Id)
            .Limit(BatchedDeletes.BatchSize * BatchedDeletes.MaxBatches)
            .ToListAsync(cancellationToken);
        foreach (var chunk in endedAuthorizations.Chunk(BatchedDeletes.BatchSize))
        {
            pruned += await BatchedDeletes.DeleteAsync(Tokens, Filter.Lt(t => t.CreationDate, before) & Filter.In(t => t.AuthorizationId, chunk), cancellationToken);
        }

        return pruned;
    }

    public ValueTask<long> RevokeAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken) =>
        RevokeWhereAsync(Matching(subject, client, status, type), cancellationToken);

    public ValueTask<long> RevokeByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        RevokeWhereAsync(Filter.Eq(t => t.ApplicationId, identifier), cancellationToken);

    public ValueTask<long> RevokeByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken) =>
        RevokeWhereAsync(Filter.Eq(t => t.AuthorizationId, identifier), cancellationToken);

    public ValueTask<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        RevokeWhereAsync(Filter.Eq(t => t.Subject, subject), cancellationToken);

    public async ValueTask UpdateAsync(OAuthTokenDocument token, CancellationToken cancellationToken) =>
        await OptimisticWrites.ReplaceAsync(Tokens, token, cancellationToken);

    private static FilterDefinition<OAuthTokenDocument> Matching(string? subject, string? client, string? status, string? type)
    {
        var filter = Filter.Empty;
        if (!string.IsNullOrEmpty(subject))
        {
            filter &= Filter.Eq(t => t.Subject, subject);
        }

        if (!string.IsNullOrEmpty(client))
        {
            filter &= Filter.Eq(t => t.ApplicationId, client);
        }

        if (!string.IsNullOrEmpty(status))
        {
            filter &= Filter.Eq(t => t.Status, status);
        }

        if (!string.IsNullOrEmpty(type))
        {
            filter &= Filter.Eq(t => t.Type, type);
        }

        return filter;
    }

    /// <summary>
    /// One bulk update: every matching token not revoked yet becomes revoked and gets a new concurrency token, so that
    /// a request that read one of them before (a refresh in flight) fails to write it afterwards.
    /// </summary>
    private async ValueTask<long> RevokeWhereAsync(FilterDefinition<OAuthTokenDocument> filter, CancellationToken cancellationToken)
    {
        var result = await Tokens.UpdateManyAsync(
            filter & Filter.Ne(t => t.Status, Statuses.Revoked),
            Builders<OAuthTokenDocument>.Update.Set(t => t.Status, Statuses.Revoked).Set(t => t.ConcurrencyToken, Guid.NewGuid().ToString()),
            cancellationToken: cancellationToken);
        return result.ModifiedCount;
    }
}
