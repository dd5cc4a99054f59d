using MongoDB.Driver;
using MongoDB.Driver.Linq;
using OpenIddict.Abstractions;
using Social.Storage.MongoDb;

namespace Social.Profile.Identity.MongoDb;

/// <summary>
/// OpenIddict's application store over Profile's MongoDB database. Client ids are unique (an index): two replicas
/// registering one client at their first start end with one, the other told of a lost race as OpenIddict tells of
/// one. An application is deleted with its authorizations and tokens in one transaction, as the SQLite store does.
/// </summary>
public sealed partial class MongoApplicationStore(MongoDatabaseContext context, OAuthCollections collections)
    : IOpenIddictApplicationStore<OAuthApplicationDocument>
{
    private static readonly FilterDefinitionBuilder<OAuthApplicationDocument> Filter = Builders<OAuthApplicationDocument>.Filter;

    private IMongoCollection<OAuthApplicationDocument> Applications => collections.Applications;

    public async ValueTask<long> CountAsync(CancellationToken cancellationToken) =>
        await Applications.CountDocumentsAsync(Filter.Empty, cancellationToken: cancellationToken);

    public async ValueTask<long> CountAsync<TResult>(
        Func<IQueryable<OAuthApplicationDocument>, IQueryable<TResult>> query, CancellationToken cancellationToken) =>
        await query(Applications.AsQueryable()).LongCountAsync(cancellationToken);

    public async ValueTask CreateAsync(OAuthApplicationDocument application, CancellationToken cancellationToken)
    {
        try
        {
            await Applications.InsertOneAsync(application, cancellationToken: cancellationToken);
        }
        catch (MongoException exception) when (MongoDatabaseContext.IsDuplicateKey(exception))
        {
            throw new OpenIddictExceptions.ConcurrencyException("An application with this client id was created by another writer.", exception);
        }
    }

    public async ValueTask DeleteAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) =>
        await context.InTransactionAsync(
            async (session, ct) =>
            {
                await OptimisticWrites.DeleteAsync(Applications, session, application, ct);
                await collections.Tokens.DeleteManyAsync(session, t => t.ApplicationId == application.Id, cancellationToken: ct);
                await collections.Authorizations.DeleteManyAsync(session, a => a.ApplicationId == application.Id, cancellationToken: ct);
                return [];
            },
            cancellationToken);

    public async ValueTask<OAuthApplicationDocument?> FindByClientIdAsync(string identifier, CancellationToken cancellationToken) =>
        await Applications.Find(a => a.ClientId == identifier).FirstOrDefaultAsync(cancellationToken);

    public async ValueTask<OAuthApplicationDocument?> FindByIdAsync(string identifier, CancellationToken cancellationToken) =>
        await Applications.Find(a => a.Id == identifier).FirstOrDefaultAsync(cancellationToken);

    public IAsyncEnumerable<OAuthApplicationDocument> FindByPostLogoutRedirectUriAsync(string uri, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(Applications.Find(Filter.AnyEq(a => a.PostLogoutRedirectUris, uri)), cancellationToken);

    public IAsyncEnumerable<OAuthApplicationDocument> FindByRedirectUriAsync(string uri, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(Applications.Find(Filter.AnyEq(a => a.RedirectUris, uri)), cancellationToken);

    public async ValueTask<TResult?> GetAsync<TState, TResult>(
        Func<IQueryable<OAuthApplicationDocument>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        await query(Applications.AsQueryable(), state).FirstOrDefaultAsync(cancellationToken);

    public ValueTask<OAuthApplicationDocument> InstantiateAsync(CancellationToken cancellationToken) => ValueTask.FromResult(new OAuthApplicationDocument());

    public IAsyncEnumerable<OAuthApplicationDocument> ListAsync(int? count, int? offset, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(Applications.Find(Filter.Empty).SortBy(a => a.Id).Skip(offset).Limit(count), cancellationToken);

    public IAsyncEnumerable<TResult> ListAsync<TState, TResult>(
        Func<IQueryable<OAuthApplicationDocument>, TState, IQueryable<TResult>> query, TState state, CancellationToken cancellationToken) =>
        AsyncCursors.StreamAsync(ct => query(Applications.AsQueryable(), state).ToCursorAsync(ct), cancellationToken);

    public async ValueTask UpdateAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) =>
        await OptimisticWrites.ReplaceAsync(Applications, application, cancellationToken);
}
