using MassTransit;
using Social.Contracts.Events;
using Social.Profile.Identity;

namespace Social.Profile.Consumers;

/// <summary>
/// Ends the sessions a password change left behind, whether or not the request that changed it got that far. No inbox
/// receipt: revoking what is already revoked changes nothing, and the sessions live in the OAuth store, not in the
/// database the receipts are kept in.
/// </summary>
public sealed class SessionsEndOnPasswordChangedConsumer(SessionRevocation sessions) : IConsumer<PasswordChanged>
{
    public Task Consume(ConsumeContext<PasswordChanged> context) =>
        sessions.RevokeAsync(context.Message.UserId, context.Message.ChangedAt, context.CancellationToken);
}
