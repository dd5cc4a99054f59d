using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Social.Messaging.Domain.Stream;

/// <summary>
/// One clock for the heartbeats of every stream open on this instance: each <see cref="Tick"/> it ends, with a
/// heartbeat, the wait of each stream that has been waiting for <see cref="StreamOptions.HeartbeatInterval"/>. A
/// stream's heartbeat is therefore due at most one tick late, and the ones due together stay a small batch (about 70
/// a tick with 10,000 idle streams and a 15 s interval) rather than a burst each second.
/// </summary>
public sealed class StreamHeartbeats(StreamHub hub, IOptions<StreamOptions> options, TimeProvider clock) : BackgroundService
{
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    // Started with the service, not in ExecuteAsync, which the host may run a moment later on another thread: ticks
    // that pass before the loop first waits are not lost, they leave one tick pending.
    private readonly PeriodicTimer _ticks = new(Tick, clock);

    public override void Dispose()
    {
        _ticks.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _ticks.WaitForNextTickAsync(stoppingToken))
            {
                hub.BeatIdle(options.Value.HeartbeatInterval);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
