using Social.Contracts.Events;
using Social.Messaging.Participants;
using Social.Messaging.Storage;
using Social.EventBus.Inbox;

namespace Social.Messaging.Consumers;

/// <summary>Makes a new user a messaging participant, exactly once per event.</summary>
public sealed class AccountCreatedConsumer(IMessagingStore store) : IdempotentConsumer<AccountCreated>
{
    protected override string ConsumerName => "messaging.account-created";

    protected override Task<bool> HandleAsync(AccountCreated message, MessageReceipt receipt, CancellationToken cancellationToken) =>
        store.AddParticipantAsync(new MessagingParticipant(message.UserId, message.Handle, message.CreatedAt), receipt, cancellationToken);
}
