using Social.Contracts.Events;
using Social.Messaging.Storage;
using Social.EventBus.Inbox;

namespace Social.Messaging.Consumers;

/// <summary>Forgets a deleted account, exactly once per event.</summary>
public sealed class AccountDeletedConsumer(IMessagingStore store) : IdempotentConsumer<AccountDeleted>
{
    protected override string ConsumerName => "messaging.account-deleted";

    protected override Task<bool> HandleAsync(AccountDeleted message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.RemoveParticipantAsync(message.UserId, receipt, cancellationToken);
}
