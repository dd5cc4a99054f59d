using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Social.ServiceDefaults.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.Profile.Identity;

/// <summary>
/// Creates OpenIddict's tables and registers the clients before the first token request: the apps' public client and
/// the configured internal callers (their secrets follow the configuration on every start). Replicas sharing the
/// store take turns (<see cref="ExclusiveFileLock"/>): two first starts at once would otherwise both create the tables,
/// or both register a client, and the second would fail to start.
/// </summary>
internal sealed class OAuthSetupService(IServiceScopeFactory scopes, IOptions<TokenIssuerOptions> options, OAuthStoreFile store) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var turn = await ExclusiveFileLock.AcquireAsync(store.Path + ".setup-lock", cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        // The file holds OpenIddict's tables only, so EnsureCreated is enough: no other schema shares it.
        await scope.ServiceProvider.GetRequiredService<OAuthDbContext>().Database.EnsureCreatedAsync(cancellationToken);

        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await applications.FindByClientIdAsync(SocialAuth.AppClientId, cancellationToken) is null)
        {
            await applications.CreateAsync(
                new OpenIddictApplicationDescriptor
                {
                    ClientId = SocialAuth.AppClientId,
                    ClientType = ClientTypes.Public,
                    DisplayName = "Social apps",
                    Permissions =
                    {
                        Permissions.Endpoints.Token,
                        Permissions.Endpoints.Revocation,
                        Permissions.GrantTypes.Password,
                        Permissions.GrantTypes.RefreshToken,
                        Permissions.Prefixes.Scope + Scopes.OfflineAccess,
                    },
                },
                cancellationToken);
        }

        foreach (var (clientId, secret) in options.Value.InternalClients)
        {
            await RegisterInternalClientAsync(applications, clientId, secret, cancellationToken);
        }
    }

    private static async Task RegisterInternalClientAsync(
        IOpenIddictApplicationManager applications, string clientId, string secret, CancellationToken cancellationToken)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = $"Internal caller {clientId}",
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + SocialAuth.InternalScope,
            },
        };
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
        else
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
