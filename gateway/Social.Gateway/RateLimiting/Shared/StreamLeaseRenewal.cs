using Microsoft.Extensions.Options;

namespace Social.Gateway.RateLimiting.Shared;

/// <summary>
/// Renews this instance's open-stream leases every third of a lease, so a late or failed renewal or two still leaves
/// them counted. Real time, not the gateway's <see cref="TimeProvider"/>: the leases expire by the Redis server's clock.
/// </summary>
internal sealed class StreamLeaseRenewal(SharedOpenStreams streams, IOptions<GatewayRateLimitOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.OpenStreamLease / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await streams.RenewAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the leases of streams still open lapse by themselves.
        }
    }
}
