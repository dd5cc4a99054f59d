using System.Collections.Immutable;
using MongoDB.Driver;
using MongoDB.Driver.Linq;
using OpenIddict.Abstractions;
using Social.Storage.MongoDb;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.Profile.Identity.MongoDb;

/// <summary>
/// OpenIddict's authorization store over Profile's MongoDB database. An authorization is deleted with its tokens in
/// one transaction (as the SQLite store does); revocations are conditional bulk updates.
/// </summary>
public sealed partial class MongoAuthorizationStore(MongoDatabaseContext context, OAuthCollections collections)
    : IOpenIddictAuthorizationStore<OAuthAuthorizationDocument>
{
    private static readonly FilterDefinitionBuilder<OAuthAuthorizationDocument> Filter = Builders<OAuthAuthorizationDocument>.Filter;

    private IMongoCollection<OAuthAuthorizationDocument> Authorizations => collections.Authorizations;

    public async ValueTask<long> CountAsync(CancellationToken cancellationToken) =>
        await Authorizations.CountDocumentsAsync(Filter.Empty, cancellationToken: cancellationToken);

    public async ValueTask<long> CountAsync<TResult>(
        Func<IQueryable<OAuthAuthorizationDocument>, IQueryable<TResult>> query, CancellationToken cancellationToken) =>
        await query(Authorizations.AsQueryable()).LongCountAsync(cancellationToken);

    public async ValueTask CreateAsync(OAuthAuthorizationDocument authorization, CancellationToken cancellationToken) =>
        await Authorizations.InsertOneAsync(authorization, cancellationToken: cancellationToken);

    public async ValueTask DeleteAsync(OAuthAuthorizationDocument authorization, CancellationToken cancellationToken) =>
        await context.InTransactionAsync(
            async (session, ct) =>
            {
                await OptimisticWrites.DeleteAsync(Authorizations, session, authorization, ct);
                await collections.Tokens.DeleteManyAsync(session, t => t.AuthorizationId == authorization.Id, cancellationToken: ct);
                return [];
            },
            cancellationToken);

    public IAsyncEnumerable<OAuthAuthorizationDocument> FindAsync(
        string? subject, string? client, string? status, string? type, ImmutableArray<string>? scopes, CancellationToken cancellationToken)
    {
        var filter = Matching(subject, client, status, type);
        if (scopes is { IsDefaultOrEmpty: false } required)
        {
            filter &= Filter.All(a => a.Scopes, required);
        }

        return AsyncCursors.StreamAsync(Authorizations.Find(filter), cancellationToken);
    }

    public IAsyncEnumerable<OAuthAuthorizationDocument> FindByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(Authorizations.Find(a => a.ApplicationId == identifier), cancellationToken);

    public async ValueTask<OAuthAuthorizationDocument?> FindByIdAsync(string identifier, CancellationToken cancellationToken) =>
        await Authorizations.Find(a => a.Id == identifier).FirstOrDefaultAsync(cancellationToken);

    public IAsyncEnumerable<OAuthAuthorizationDocument> FindBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(Authorizations.Find(a => a.Subject == subject), cancellationToken);

    public async ValueTask<TResult?> GetAsync<TState, TResult>(
        Func<IQueryable<OAuthAuthorizationDocument>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        await query(Authorizations.AsQueryable(), state).FirstOrDefaultAsync(cancellationToken);

    public ValueTask<OAuthAuthorizationDocument> InstantiateAsync(CancellationToken cancellationToken) => ValueTask.FromResult(new OAuthAuthorizationDocument());

    public IAsyncEnumerable<OAuthAuthorizationDocument> ListAsync(int? count, int? offset, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(Authorizations.Find(Filter.Empty).SortBy(a => a.Id).Skip(offset).Limit(count), cancellationToken);

    public IAsyncEnumerable<TResult> ListAsync<TState, TResult>(
        Func<IQueryable<OAuthAuthorizationDocument>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(ct => query(Authorizations.AsQueryable(), state).ToCursorAsync(ct), cancellationToken);

    /// <summary>
    /// Deletes, a bounded batch at a time, the authorizations created before <paramref name="threshold"/> that are no
    /// longer valid, or ad hoc with no token left (the SQLite store's rule), each with whatever tokens it still has.
    /// </summary>
    public async ValueTask<long> PruneAsync(DateTimeOffset threshold, CancellationToken cancellationToken)
    {
        var before = threshold.UtcDateTime;
        var pruned = 0L;
        var after = string.Empty;
        for (var batch = 0; batch < BatchedDeletes.MaxBatches; batch++)
        {
            // Walked by id so that the valid ones kept are not read again by the next batch.
            var old = await Authorizations
                .Find(Filter.Lt(a => a.CreationDate, before) & Filter.Gt(a => a.Id, after))
                .SortBy(a => a.Id)
                .Limit(BatchedDeletes.BatchSize)
                .Project(a => new { a.Id, a.Status, a.Type })
                .ToListAsync(cancellationToken);
            if (old.Count == 0)
            {
                break;
            }

            after = old[^1].Id;
            var ids = old.Select(a => a.Id).ToList();
            var withTokens = (await collections.Tokens.DistinctAsync(
                    t => t.AuthorizationId, Builders<OAuthTokenDocument>.Filter.In(t => t.AuthorizationId, ids), cancellationToken: cancellationToken))
                .ToEnumerable(cancellationToken)
                .ToHashSet(StringComparer.Ordinal);
            var ended = old
                .Where(a => a.Status != Statuses.Valid || (a.Type == AuthorizationTypes.AdHoc && !withTokens.Contains(a.Id)))
                .Select(a => a.Id)
                .ToList();
            if (ended.Count == 0)
            {
                continue;
            }

            // Tokens first: a crash between the two deletes leaves an ended authorization for the next run, never
            // tokens of an authorization that no longer exists.
            await collections.Tokens.DeleteManyAsync(t => ended.Contains(t.AuthorizationId!), cancellationToken);
            pruned += (await Authorizations.DeleteManyAsync(
                Filter.In(a => a.Id, ended) & Filter.Lt(a => a.CreationDate, before), cancellationToken)).DeletedCount;
        }

        return pruned;
    }

    public ValueTask<long> RevokeAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken) =>
        RevokeWhereAsync(Matching(subject, client, status, type), cancellationToken);

    public ValueTask<long> RevokeByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        RevokeWhereAsync(Filter.Eq(a => a.ApplicationId, identifier), cancellationToken);

    public ValueTask<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        RevokeWhereAsync(Filter.Eq(a => a.Subject, subject), cancellationToken);

    public async ValueTask UpdateAsync(OAuthAuthorizationDocument authorization, CancellationToken cancellationToken) =>
        await OptimisticWrites.ReplaceAsync(Authorizations, authorization, cancellationToken);

    private static FilterDefinition<OAuthAuthorizationDocument> Matching(string? subject, string? client, string? status, string? type)
    {
        var filter = Filter.Empty;
        if (!string.IsNullOrEmpty(subject))
        {
            filter &= Filter.Eq(a => a.Subject, subject);
        }

        if (!string.IsNullOrEmpty(client))
        {
            filter &= Filter.Eq(a => a.ApplicationId, client);
        }

        if (!string.IsNullOrEmpty(status))
        {
            filter &= Filter.Eq(a => a.Status, status);
        }

        if (!string.IsNullOrEmpty(type))
        {
            filter &= Filter.Eq(a => a.Type, type);
        }

        return filter;
    }

    /// <summary>One bulk update; what changes gets a new concurrency token, so a write from an earlier read fails.</summary>
    private async ValueTask<long> RevokeWhereAsync(FilterDefinition<OAuthAuthorizationDocument> filter, CancellationToken cancellationToken)
    {
        var result = await Authorizations.UpdateManyAsync(
            filter & Filter.Ne(a => a.Status, Statuses.Revoked),
            Builders<OAuthAuthorizationDocument>.Update.Set(a => a.Status, Statuses.Revoked).Set(a => a.ConcurrencyToken, Guid.NewGuid().ToString()),
            cancellationToken: cancellationToken);
        return result.ModifiedCount;
    }
}
