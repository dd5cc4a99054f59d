using MassTransit;
using Social.Contracts.Events;
using Social.Messaging.Domain.Stream;

namespace Social.Messaging.Api;

/// <summary>
/// Wakes this instance's streams at once and tells the other instances over the bus, straight after the commit
/// rather than through the outbox: a wake-up is not state (the entries are), and behind the outbox it waited for the
/// relay's turn, which put every event of the service on the delivery path of every message.
/// </summary>
public sealed partial class BusStreamWakeUps(StreamHub hub, IBus bus, ILogger<BusStreamWakeUps> logger) : IStreamWakeUps
{
    public void Wake(IReadOnlyCollection<Guid> userIds)
    {
        hub.Wake(userIds);
        _ = TellOtherInstancesAsync([.. userIds]);
    }

    private async Task TellOtherInstancesAsync(IReadOnlyList<Guid> userIds)
    {
        try
        {
            await bus.Publish(new StreamEntriesAppended { UserIds = userIds, Origin = hub.InstanceId });
        }
        catch (Exception exception)
        {
            LogWakeUpLost(logger, exception, userIds.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A wake-up for {Users} streams did not reach the other instances; their streams catch up at their next heartbeat.")]
    private static partial void LogWakeUpLost(ILogger logger, Exception exception, int users);
}
