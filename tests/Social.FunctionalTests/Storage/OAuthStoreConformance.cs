using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Social.Profile.Identity;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.FunctionalTests.Storage;

/// <summary>
/// What both homes of the OAuth store (EF Core over SQLite, the MongoDB stores) must do, driven through OpenIddict's
/// managers as the token server drives them. Each provider's class supplies the stores; each scope stands for one
/// request (or one instance): the managers cache what they read within it.
/// </summary>
public abstract partial class OAuthStoreConformance : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        await AddStoresAsync(services.AddOpenIddict().AddCore());
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<IOAuthStorage>().CreateSchemaAsync(Cancellation);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        ReleaseStores();
        GC.SuppressFinalize(this);
    }

    /// <summary>Registers the provider's stores (and whatever they need) on <paramref name="core"/>.</summary>
    protected abstract Task AddStoresAsync(OpenIddictCoreBuilder core);

    /// <summary>Frees what <see cref="AddStoresAsync"/> made (files, databases).</summary>
    protected abstract void ReleaseStores();

    [Fact]
    public async Task An_application_is_created_found_by_client_id_updated_and_deleted()
    {
        var id = await CreateApplicationAsync("mobile");

        await using (var scope = NewScope())
        {
            var application = await Applications(scope).FindByClientIdAsync("mobile", Cancellation);
            Assert.NotNull(application);
            Assert.Equal(id, await Applications(scope).GetIdAsync(application, Cancellation));
            Assert.Equal(ClientTypes.Public, await Applications(scope).GetClientTypeAsync(application, Cancellation));
            Assert.True(await Applications(scope).HasPermissionAsync(application, Permissions.GrantTypes.RefreshToken, Cancellation));
            var descriptor = new OpenIddictApplicationDescriptor();
            await Applications(scope).PopulateAsync(descriptor, application, Cancellation);
            descriptor.DisplayName = "Renamed";
            await Applications(scope).UpdateAsync(application, descriptor, Cancellation);
        }

        await using (var scope = NewScope())
        {
            var application = await Applications(scope).FindByIdAsync(id, Cancellation);
            Assert.Equal("Renamed", await Applications(scope).GetDisplayNameAsync(application!, Cancellation));
            await Applications(scope).DeleteAsync(application!, Cancellation);
        }

        await using (var scope = NewScope())
        {
            Assert.Null(await Applications(scope).FindByClientIdAsync("mobile", Cancellation));
            Assert.Null(await Applications(scope).FindByIdAsync(id, Cancellation));
        }
    }

    [Fact]
    public async Task A_scope_is_created_found_by_name_updated_and_deleted()
    {
        await using (var scope = NewScope())
        {
            await OAuthScopes(scope).CreateAsync(new OpenIddictScopeDescriptor { Name = "feed", DisplayName = "Feed", Resources = { "social-api" } }, Cancellation);
            await OAuthScopes(scope).CreateAsync(new OpenIddictScopeDescriptor { Name = "inbox" }, Cancellation);
        }

        await using (var scope = NewScope())
        {
            var feed = await OAuthScopes(scope).FindByNameAsync("feed", Cancellation);
            Assert.NotNull(feed);
            Assert.Equal("Feed", await OAuthScopes(scope).GetDisplayNameAsync(feed, Cancellation));
            Assert.Equal(["social-api"], await OAuthScopes(scope).GetResourcesAsync(feed, Cancellation));
            Assert.Equal(2, await CountAsync(OAuthScopes(scope).FindByNamesAsync(["feed", "inbox", "none"], Cancellation)));
            var descriptor = new OpenIddictScopeDescriptor();
            await OAuthScopes(scope).PopulateAsync(descriptor, feed, Cancellation);
            descriptor.DisplayName = "News feed";
            await OAuthScopes(scope).UpdateAsync(feed, descriptor, Cancellation);
        }

        await using (var scope = NewScope())
        {
            var feed = await OAuthScopes(scope).FindByNameAsync("feed", Cancellation);
            Assert.Equal("News feed", await OAuthScopes(scope).GetDisplayNameAsync(feed!, Cancellation));
            await OAuthScopes(scope).DeleteAsync(feed!, Cancellation);
        }

        await using (var scope = NewScope())
        {
            Assert.Null(await OAuthScopes(scope).FindByNameAsync("feed", Cancellation));
            Assert.NotNull(await OAuthScopes(scope).FindByNameAsync("inbox", Cancellation));
        }
    }

    protected AsyncServiceScope NewScope() => _services.CreateAsyncScope();

    protected static IOpenIddictApplicationManager Applications(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();

    protected static IOpenIddictAuthorizationManager Authorizations(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();

    protected static IOpenIddictScopeManager OAuthScopes(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IOpenIddictScopeManager>();

    protected static IOpenIddictTokenManager Tokens(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();

    protected async Task<string> CreateApplicationAsync(string clientId)
    {
        await using var scope = NewScope();
        var application = await Applications(scope).CreateAsync(
            new OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientType = ClientTypes.Public,
                DisplayName = clientId,
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.RefreshToken },
            },
            Cancellation);
        return (await Applications(scope).GetIdAsync(application, Cancellation))!;
    }

    protected async Task<string> CreateAuthorizationAsync(
        string subject, string applicationId, string status = Statuses.Valid, DateTimeOffset? created = null)
    {
        await using var scope = NewScope();
        var authorization = await Authorizations(scope).CreateAsync(
            new OpenIddictAuthorizationDescriptor
            {
                Subject = subject,
                ApplicationId = applicationId,
                Status = status,
                Type = AuthorizationTypes.AdHoc,
                CreationDate = created ?? DateTimeOffset.UtcNow,
                Scopes = { Scopes.OfflineAccess },
            },
            Cancellation);
        return (await Authorizations(scope).GetIdAsync(authorization, Cancellation))!;
    }

    protected async Task<string> CreateTokenAsync(
        string subject,
        string applicationId,
        string? authorizationId = null,
        string status = Statuses.Valid,
        string type = TokenTypeIdentifiers.RefreshToken,
        DateTimeOffset? created = null,
        DateTimeOffset? expires = null,
        string? referenceId = null)
    {
        await using var scope = NewScope();
        var now = DateTimeOffset.UtcNow;
        var token = await Tokens(scope).CreateAsync(
            new OpenIddictTokenDescriptor
            {
                Subject = subject,
                ApplicationId = applicationId,
                AuthorizationId = authorizationId,
                Status = status,
                Type = type,
                CreationDate = created ?? now,
                ExpirationDate = expires ?? (created ?? now).AddDays(14),
                ReferenceId = referenceId,
                Payload = "payload-" + Guid.NewGuid().ToString("N"),
            },
            Cancellation);
        return (await Tokens(scope).GetIdAsync(token, Cancellation))!;
    }

    protected async Task<string?> TokenStatusAsync(string id)
    {
        await using var scope = NewScope();
        return await Tokens(scope).FindByIdAsync(id, Cancellation) is { } token ? await Tokens(scope).GetStatusAsync(token, Cancellation) : null;
    }

    protected async Task<string?> AuthorizationStatusAsync(string id)
    {
        await using var scope = NewScope();
        return await Authorizations(scope).FindByIdAsync(id, Cancellation) is { } authorization
            ? await Authorizations(scope).GetStatusAsync(authorization, Cancellation)
            : null;
    }

    protected static async Task<int> CountAsync(IAsyncEnumerable<object> entries)
    {
        var count = 0;
        await foreach (var _ in entries)
        {
            count++;
        }

        return count;
    }
}
