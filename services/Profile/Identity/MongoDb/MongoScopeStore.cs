using System.Collections.Immutable;
using MongoDB.Driver;
using MongoDB.Driver.Linq;
using OpenIddict.Abstractions;
using Social.Storage.MongoDb;

namespace Social.Profile.Identity.MongoDb;

/// <summary>
/// OpenIddict's scope store over Profile's MongoDB database (the suite registers its scopes in the server options, so
/// this collection is normally empty; it is here so that the store is complete in both providers).
/// </summary>
public sealed partial class MongoScopeStore(OAuthCollections collections) : IOpenIddictScopeStore<OAuthScopeDocument>
{
    private static readonly FilterDefinitionBuilder<OAuthScopeDocument> Filter = Builders<OAuthScopeDocument>.Filter;

    private IMongoCollection<OAuthScopeDocument> Scopes => collections.Scopes;

    public async ValueTask<long> CountAsync(CancellationToken cancellationToken) =>
        await Scopes.CountDocumentsAsync(Filter.Empty, cancellationToken: cancellationToken);

    public async ValueTask<long> CountAsync<TResult>(Func<IQueryable<OAuthScopeDocument>, IQueryable<TResult>> query, CancellationToken cancellationToken) =>
        await query(Scopes.AsQueryable()).LongCountAsync(cancellationToken);

    /// <summary>A name taken by a concurrent writer is a lost race, reported as OpenIddict reports one.</summary>
    public async ValueTask CreateAsync(OAuthScopeDocument scope, CancellationToken cancellationToken)
    {
        try
        {
            await Scopes.InsertOneAsync(scope, cancellationToken: cancellationToken);
        }
        catch (MongoException exception) when (MongoDatabaseContext.IsDuplicateKey(exception))
        {
            throw new OpenIddictExceptions.ConcurrencyException("A scope with this name was created by another writer.", exception);
        }
    }

    public async ValueTask DeleteAsync(OAuthScopeDocument scope, CancellationToken cancellationToken) =>
        await OptimisticWrites.DeleteAsync(Scopes, session: null, scope, cancellationToken);

    public async ValueTask<OAuthScopeDocument?> FindByIdAsync(string identifier, CancellationToken cancellationToken) =>
        await Scopes.Find(s => s.Id == identifier).FirstOrDefaultAsync(cancellationToken);

    public async ValueTask<OAuthScopeDocument?> FindByNameAsync(string name, CancellationToken cancellationToken) =>
        await Scopes.Find(s => s.Name == name).FirstOrDefaultAsync(cancellationToken);

    public IAsyncEnumerable<OAuthScopeDocument> FindByNamesAsync(ImmutableArray<string> names, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(Scopes.Find(Filter.In(s => s.Name, names)), cancellationToken);

    public IAsyncEnumerable<OAuthScopeDocument> FindByResourceAsync(string resource, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(Scopes.Find(Filter.AnyEq(s => s.Resources, resource)), cancellationToken);

    public async ValueTask<TResult?> GetAsync<TState, TResult>(
        Func<IQueryable<OAuthScopeDocument>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        await query(Scopes.AsQueryable(), state).FirstOrDefaultAsync(cancellationToken);

    public ValueTask<OAuthScopeDocument> InstantiateAsync(CancellationToken cancellationToken) => ValueTask.FromResult(new OAuthScopeDocument());

    public IAsyncEnumerable<OAuthScopeDocument> ListAsync(int? count, int? offset, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(Scopes.Find(Filter.Empty).SortBy(s => s.Id).Skip(offset).Limit(count), cancellationToken);

    public IAsyncEnumerable<TResult> ListAsync<TState, TResult>(
        Func<IQueryable<OAuthScopeDocument>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(ct => query(Scopes.AsQueryable(), state).ToCursorAsync(ct), cancellationToken);

    public async ValueTask UpdateAsync(OAuthScopeDocument scope, CancellationToken cancellationToken) =>
        await OptimisticWrites.ReplaceAsync(Scopes, scope, cancellationToken);
}
