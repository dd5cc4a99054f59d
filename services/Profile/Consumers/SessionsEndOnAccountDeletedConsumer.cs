using MassTransit;
using Social.Contracts.Events;
using Social.Profile.Identity;

namespace Social.Profile.Consumers;

/// <summary>
/// Ends every session of a deleted account, whether or not the request that deleted it got that far (see
/// <see cref="SessionsEndOnPasswordChangedConsumer"/> for why no inbox receipt is needed).
/// </summary>
public sealed class SessionsEndOnAccountDeletedConsumer(SessionRevocation sessions) : IConsumer<AccountDeleted>
{
    public Task Consume(ConsumeContext<AccountDeleted> context) =>
        sessions.RevokeAllAsync(context.Message.UserId, context.CancellationToken);
}
