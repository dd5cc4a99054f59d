using Social.EventBus.Outbox;

namespace Social.UnitTests.EventBus;

/// <summary>A broker stand-in that confirms, fails, or never answers, as the test scripts it.</summary>
internal sealed class ScriptedPublisher : IOutboxPublisher
{
    public List<Guid> Confirmed { get; } = [];

    /// <summary>Messages the broker refuses (or cannot be reached for).</summary>
    public Func<OutboxMessage, bool> IsDown { get; set; } = _ => false;

    /// <summary>Messages that cannot become a broker message at all (e.g. a type this build does not know).</summary>
    public Func<OutboxMessage, bool> IsUnpublishable { get; set; } = _ => false;

    /// <summary>Whether the broker confirms a probe: true while it is up, whatever it thinks of one message.</summary>
    public Func<bool> ConfirmsProbes { get; set; } = () => true;

    public bool Hangs { get; set; }

    public int Probes { get; private set; }

    public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (IsUnpublishable(message))
        {
            throw new UnpublishableMessageException($"Unknown integration event type '{message.MessageType}'.");
        }

        if (Hangs)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        if (IsDown(message))
        {
            throw new InvalidOperationException("broker unreachable");
        }

        Confirmed.Add(message.MessageId);
    }

    public Task ProbeAsync(CancellationToken cancellationToken)
    {
        Probes++;
        return ConfirmsProbes() ? Task.CompletedTask : Task.FromException(new InvalidOperationException("broker unreachable"));
    }
}
