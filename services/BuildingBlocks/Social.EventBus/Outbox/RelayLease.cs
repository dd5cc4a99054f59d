namespace Social.EventBus.Outbox;

/// <summary>
/// One relay's hold on its service's outbox. The store's lease record decides who holds it; this remembers until when
/// the relay may go on publishing without asking again, so a batch costs one lease write per third of
/// <see cref="OutboxOptions.LeaseDuration"/>, not one per message.
/// </summary>
internal sealed class RelayLease(IOutboxStore store, TimeSpan duration, TimeProvider clock)
{
    private DateTimeOffset _renewAfter = DateTimeOffset.MinValue;

    /// <summary>Names this relay in the lease record: the machine and process help whoever reads it, the suffix makes it unique.</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public bool Held { get; private set; }

    /// <summary>
    /// Whether this relay may publish now: renews the lease when a third of it has passed (or takes it when free),
    /// and otherwise answers from memory. A relay that finds the lease held by another stops publishing at once.
    /// </summary>
    public async Task<bool> HoldAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (Held && now < _renewAfter)
        {
            return true;
        }

        Held = await store.TryHoldRelayLeaseAsync(Holder, now, now + duration, cancellationToken);
        _renewAfter = Held ? now + (duration / 3) : DateTimeOffset.MinValue;
        return Held;
    }

    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        if (!Held)
        {
            return;
        }

        Held = false;
        _renewAfter = DateTimeOffset.MinValue;
        await store.ReleaseRelayLeaseAsync(Holder, cancellationToken);
    }
}
