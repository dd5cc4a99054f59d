using MassTransit;
using Social.Contracts.Events;
using Social.Messaging.Domain.Stream;

namespace Social.Messaging.Consumers;

/// <summary>
/// Wakes this instance's open streams of the users named. Every instance hears every notice (a queue of its own,
/// deleted with it); waking is idempotent and the streams read the store by position, so no inbox is needed.
/// </summary>
public sealed class StreamEntriesAppendedConsumer(StreamHub hub) : IConsumer<StreamEntriesAppended>
{
    public Task Consume(ConsumeContext<StreamEntriesAppended> context)
    {
        hub.Heard(context.Message);
        return Task.CompletedTask;
    }
}
