using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OpenIddict.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Social.Profile.Identity;

/// <summary>
/// OpenIddict's EF Core token store, with revocations that also change the revoked tokens' concurrency token (the
/// stock bulk updates change only the status). Without it, a refresh that read its token before a sign-out revoked it
/// could still write "redeemed" over "revoked" afterwards, since its conditional write would find the token it read.
/// </summary>
internal sealed class SqliteTokenStore(
    IMemoryCache cache, IOpenIddictEntityFrameworkCoreContext context, IOptionsMonitor<OpenIddictEntityFrameworkCoreOptions> options)
    : OpenIddictEntityFrameworkCoreTokenStore(cache, context, options)
{
    public override ValueTask<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken) =>
        RevokeWhereAsync(token => token.Subject == subject, cancellationToken);

    public override ValueTask<long> RevokeByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken) =>
        RevokeWhereAsync(token => token.Authorization!.Id == identifier, cancellationToken);

    public override ValueTask<long> RevokeByApplicationIdAsync(string identifier, CancellationToken cancellationToken) =>
        RevokeWhereAsync(token => token.Application!.Id == identifier, cancellationToken);

    private async ValueTask<long> RevokeWhereAsync(
        System.Linq.Expressions.Expression<Func<OpenIddictEntityFrameworkCoreToken, bool>> filter, CancellationToken cancellationToken)
    {
        var db = await Context.GetDbContextAsync(cancellationToken);
        var concurrencyToken = Guid.NewGuid().ToString();
        return await db.Set<OpenIddictEntityFrameworkCoreToken>()
            .Where(filter)
            .Where(token => token.Status != Statuses.Revoked)
            .ExecuteUpdateAsync(
                update => update.SetProperty(token => token.Status, Statuses.Revoked).SetProperty(token => token.ConcurrencyToken, concurrencyToken),
                cancellationToken);
    }
}
