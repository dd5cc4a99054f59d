using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace Social.Profile.Identity;

/// <summary>
/// Keeps the OAuth store small: every <see cref="TokenIssuerOptions.PruneInterval"/>, deletes the tokens and
/// authorizations that are expired, revoked or redeemed and older than the refresh-token lifetime. Anything that old
/// could not be used any more anyway, so reuse detection (which needs redeemed refresh tokens) loses nothing.
/// </summary>
internal sealed partial class OAuthStorePruning(
    IServiceScopeFactory scopes, IOptions<TokenIssuerOptions> options, TimeProvider clock, ILogger<OAuthStorePruning> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PruneInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PruneAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPruneFailed(logger, exception);
            }
        }
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        var threshold = clock.GetUtcNow() - options.Value.RefreshTokenLifetime;
        await using var scope = scopes.CreateAsyncScope();
        var tokens = await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().PruneAsync(threshold, cancellationToken);
        var authorizations = await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().PruneAsync(threshold, cancellationToken);
        LogPruned(logger, tokens, authorizations);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Tokens} tokens and {Authorizations} authorizations from the OAuth store.")]
    private static partial void LogPruned(ILogger logger, long tokens, long authorizations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning the OAuth store failed; the next interval tries again.")]
    private static partial void LogPruneFailed(ILogger logger, Exception exception);
}
