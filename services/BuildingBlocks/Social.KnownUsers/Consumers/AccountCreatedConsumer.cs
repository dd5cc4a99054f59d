using Social.Contracts.Events;
using Social.EventBus.Inbox;

namespace Social.KnownUsers.Consumers;

/// <summary>Adds a new account to the service's known users, exactly once per event.</summary>
public sealed class AccountCreatedConsumer<TTransaction>(KnownUsers<TTransaction> users, KnownUsersScope scope) : IdempotentConsumer<AccountCreated>
    where TTransaction : IKnownUsersTransaction
{
    protected override string ConsumerName => $"{scope.ServiceName}.account-created";

    protected override Task<bool> HandleAsync(AccountCreated message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        users.AddAsync(new KnownUser(message.UserId, message.Handle, message.CreatedAt), receipt, cancellationToken);
}
