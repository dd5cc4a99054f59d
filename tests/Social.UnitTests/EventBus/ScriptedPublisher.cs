using Social.EventBus.Outbox;

namespace Social.UnitTests.EventBus;

/// <summary>A broker stand-in that confirms, fails, or never answers, as the test scripts it.</summary>
internal sealed class ScriptedPublisher : IOutboxPublisher
{
    public List<Guid> Confirmed { get; } = [];

    public Func<OutboxMessage, bool> IsDown { get; set; } = _ => false;

    public bool Hangs { get; set; }

    public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
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
}
