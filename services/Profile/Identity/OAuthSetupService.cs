using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Social.ServiceDefaults.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.Profile.Identity;

/// <summary>
/// Prepares the OAuth store and registers the clients before the first token request: the apps' public client and
/// the configured internal callers (their secrets follow the configuration on every start). Replicas set up one at a
/// time where the store needs it (<see cref="IOAuthStorage.TakeSetupTurnAsync"/>); where the store settles races
/// itself, a registration that lost one (another replica wrote the client first) runs again on what is there now.
/// </summary>
internal sealed class OAuthSetupService(IServiceScopeFactory scopes, IOptions<TokenIssuerOptions> options, IOAuthStorage storage) : IHostedService
{
    private const int MaxAttempts = 5;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var turn = await storage.TakeSetupTurnAsync(cancellationToken);
        await storage.CreateSchemaAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // A new scope each time: OpenIddict's managers cache what they read within a scope.
                await using var scope = scopes.CreateAsyncScope();
                await RegisterClientsAsync(scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>(), cancellationToken);
                return;
            }
            catch (OpenIddictExceptions.ConcurrencyException) when (attempt < MaxAttempts)
            {
            }
        }
    }

    private async Task RegisterClientsAsync(IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
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

        var configured = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (clientId, secret) in options.Value.InternalClients)
        {
            await RegisterInternalClientAsync(applications, clientId, secret, mayRepair: false, cancellationToken);
            configured.Add(clientId);
        }

        foreach (var (clientId, secret) in options.Value.OperatorClients)
        {
            await RegisterInternalClientAsync(applications, clientId, secret, mayRepair: true, cancellationToken);
            configured.Add(clientId);
        }

        await RemoveUnconfiguredClientsAsync(applications, configured, cancellationToken);
    }

    /// <summary>
    /// A client taken out of the configuration must stop working at the next start, not keep the secret it had:
    /// every confidential client the configuration no longer names is deleted (the apps' public client stays).
    /// </summary>
    private static async Task RemoveUnconfiguredClientsAsync(
        IOpenIddictApplicationManager applications, HashSet<string> configured, CancellationToken cancellationToken)
    {
        var stale = new List<object>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            if (await applications.GetClientIdAsync(application, cancellationToken) is { } clientId
                && clientId != SocialAuth.AppClientId
                && !configured.Contains(clientId))
            {
                stale.Add(application);
            }
        }

        foreach (var application in stale)
        {
            await applications.DeleteAsync(application, cancellationToken);
        }
    }

    private static async Task RegisterInternalClientAsync(
        IOpenIddictApplicationManager applications, string clientId, string secret, bool mayRepair, CancellationToken cancellationToken)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = mayRepair ? $"Operator {clientId}" : $"Internal caller {clientId}",
            Permissions =
            {
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + SocialAuth.InternalScope,
            },
        };
        if (mayRepair)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + SocialAuth.RepairScope);
        }

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
