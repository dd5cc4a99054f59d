using Social.Contracts.Events;
using Social.EventBus.Inbox;

namespace Social.KnownUsers.Consumers;

/// <summary>Forgets a deleted account, with the service's consequences, exactly once per event.</summary>
public sealed class AccountDeletedConsumer<TTransaction>(KnownUsers<TTransaction> users, KnownUsersScope scope) : IdempotentConsumer<AccountDeleted>
    where TTransaction : IKnownUsersTransaction
{
    protected override string ConsumerName => $"{scope.ServiceName}.account-deleted";

    protected override Task<bool> HandleAsync(AccountDeleted message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        users.RemoveAsync(message.UserId, receipt, cancellationToken);
}
