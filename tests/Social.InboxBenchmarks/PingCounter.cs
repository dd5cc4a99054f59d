using MassTransit;

namespace Social.InboxBenchmarks;

/// <summary>Counts pings as a consumer that does nothing else: the broker and MassTransit's own cost per message.</summary>
public sealed class PingCounter : IConsumer<BenchmarkPing>
{
    private static int _consumed;

    public static int Consumed => Volatile.Read(ref _consumed);

    public Task Consume(ConsumeContext<BenchmarkPing> context)
    {
        Interlocked.Increment(ref _consumed);
        return Task.CompletedTask;
    }
}
