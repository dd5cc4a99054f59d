using Social.Contracts.Events;
using Social.Graph.Storage;
using Social.EventBus.Inbox;

namespace Social.Graph.Consumers;

/// <summary>Forgets a deleted account, exactly once per event.</summary>
public sealed class AccountDeletedConsumer(IGraphStore store) : IdempotentConsumer<AccountDeleted>
{
    protected override string ConsumerName => "graph.account-deleted";

    protected override Task<bool> HandleAsync(AccountDeleted message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.RemoveUserAsync(message.UserId, receipt, cancellationToken);
}
