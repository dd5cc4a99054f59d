using MassTransit;
using Social.Contracts.Events;
using Social.Messaging.Domain.Stream;

namespace Social.Messaging.Api;

/// <summary>Typing straight over the bus to every instance (not through the outbox: it is live only, and a lost one is renewed within seconds).</summary>
public sealed class BusTypingSignal(IBus bus) : ITypingSignal
{
    public Task SendAsync(UserTyping notice, CancellationToken cancellationToken) => bus.Publish(notice, cancellationToken);
}
