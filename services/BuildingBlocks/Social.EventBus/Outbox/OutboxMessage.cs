using Social.ServiceDefaults.Ids;
using System.Diagnostics;
using System.Text.Json;

namespace Social.EventBus.Outbox;

/// <summary>
/// An integration event waiting in the service's database to be published. Written in the same transaction as the
/// state change that raised it; <see cref="MessageId"/> becomes the broker message id that consumers deduplicate on.
/// </summary>
public sealed record OutboxMessage(
    Guid MessageId,
    string AggregateId,
    string MessageType,
    string Body,
    string? TraceParent,
    DateTimeOffset OccurredAt)
{
    /// <summary>Wraps an event raised by <paramref name="aggregateId"/>; events of one aggregate are published in the order written.</summary>
    public static OutboxMessage Create<TEvent>(TEvent message, string aggregateId, TimeProvider timeProvider)
        where TEvent : class =>
        new(
            OrderedIds.CreateVersion7(timeProvider.GetUtcNow()),
            aggregateId,
            EventTypes.NameOf(typeof(TEvent)),
            JsonSerializer.Serialize(message, JsonSerializerOptions.Web),
            // Carries the request's trace into the relay, so one trace spans request → broker → consumers.
            Activity.Current?.Id,
            timeProvider.GetUtcNow());
}
