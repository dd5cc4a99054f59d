using MassTransit;
using Social.Contracts.Events;
using Social.Messaging.Domain.Stream;

namespace Social.Messaging.Consumers;

/// <summary>Shows a typing notice on this instance's open streams of its recipients (every instance hears every notice).</summary>
public sealed class UserTypingConsumer(StreamHub hub) : IConsumer<UserTyping>
{
    public Task Consume(ConsumeContext<UserTyping> context)
    {
        hub.Typing(context.Message);
        return Task.CompletedTask;
    }
}
