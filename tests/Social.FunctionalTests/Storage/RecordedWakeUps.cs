using System.Collections.Concurrent;
using Social.Messaging.Domain.Stream;

namespace Social.FunctionalTests.Storage;

/// <summary>The stream wake-ups an adapter ran after its commits, in order, for the conformance suite to check.</summary>
public sealed class RecordedWakeUps : IStreamWakeUps
{
    private readonly ConcurrentQueue<IReadOnlyCollection<Guid>> _wakeUps = new();

    public IReadOnlyList<IReadOnlyCollection<Guid>> All => [.. _wakeUps];

    public void Wake(IReadOnlyCollection<Guid> userIds) => _wakeUps.Enqueue(userIds);

    /// <summary>How many wake-ups named <paramref name="userId"/>.</summary>
    public int Of(Guid userId) => _wakeUps.Count(w => w.Contains(userId));
}
