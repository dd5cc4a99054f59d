using Social.Contracts.Events;

namespace Social.Messaging.Domain.Stream;

/// <summary>Sends a typing notice to every instance at once (over the bus, not through the outbox: it is not stored).</summary>
public interface ITypingSignal
{
    Task SendAsync(UserTyping notice, CancellationToken cancellationToken);
}
