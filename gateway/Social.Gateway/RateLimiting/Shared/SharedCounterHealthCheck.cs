using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Social.Gateway.RateLimiting.Shared;

/// <summary>
/// Degraded, never unhealthy, while Redis is unreachable: the gateway still serves every request (counting its limits
/// on its own), so a load balancer must keep sending it traffic, while an operator sees that the limits are per instance.
/// </summary>
internal sealed class SharedCounterHealthCheck(SharedCounterStore store) : IHealthCheck
{
    public const string Name = "rate-limit-store";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.Database is null
            ? HealthCheckResult.Degraded("Redis is unreachable: rate limits and open streams are counted per gateway instance.")
            : HealthCheckResult.Healthy());
}
