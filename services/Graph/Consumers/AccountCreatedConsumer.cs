using Social.Contracts.Events;
using Social.Graph.Storage;
using Social.Graph.Users;
using Social.EventBus.Inbox;

namespace Social.Graph.Consumers;

/// <summary>Creates the graph's record of a new user, exactly once per event.</summary>
public sealed class AccountCreatedConsumer(IGraphStore store) : IdempotentConsumer<AccountCreated>
{
    protected override string ConsumerName => "graph.account-created";

    protected override Task<bool> HandleAsync(AccountCreated message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.AddUserAsync(new GraphUser(message.UserId, message.Handle, message.CreatedAt), receipt, cancellationToken);
}
