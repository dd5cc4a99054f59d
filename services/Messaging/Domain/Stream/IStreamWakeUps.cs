namespace Social.Messaging.Domain.Stream;

/// <summary>
/// Wakes the open streams of users whose streams just received entries, on every instance. Live only: called once
/// the entries are committed, and a wake-up that is lost (a broker hiccup, a crash right after the commit) is made up
/// for by the stream's next read of the store, at the latest at its heartbeat.
/// </summary>
public interface IStreamWakeUps
{
    void Wake(IReadOnlyCollection<Guid> userIds);
}
