using MassTransit;
using Social.Contracts.Events;
using Social.ServiceDefaults.Auth;

namespace Social.EventBus;

/// <summary>
/// Learns revocations from the issuer. Every instance needs every revocation, so this consumer listens on a queue of
/// its own instance (temporary, deleted when the instance stops) rather than competing with its replicas. Adding ids
/// to a set is idempotent: a redelivery needs no inbox.
/// </summary>
public sealed class AccessTokensRevokedConsumer(RevokedAccessTokens revoked) : IConsumer<AccessTokensRevoked>
{
    public Task Consume(ConsumeContext<AccessTokensRevoked> context)
    {
        revoked.Revoke(context.Message.TokenIds, context.Message.ExpiresAt);
        return Task.CompletedTask;
    }
}
