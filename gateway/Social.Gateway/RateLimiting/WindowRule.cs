using System.Threading.RateLimiting;

namespace Social.Gateway.RateLimiting;

/// <summary>
/// One limit: a <see cref="FixedWindowRateLimiter"/> per subject key and window, the windows aligned to the clock
/// (the partition key carries the window's number). Counting and refusing are the built-in limiter's; the alignment
/// is what makes the time until the window resets exact (the built-in limiter only reports a whole window as
/// Retry-After). A past window's limiter goes idle and the partitioned limiter reclaims it.
/// </summary>
internal sealed class WindowRule : PartitionedRateLimiter<HttpContext>
{
    private static readonly (string Key, long Window) NotApplicable = (string.Empty, -1);

    private readonly string name;
    private readonly WindowLimit limit;
    private readonly Func<RateLimitSubject, string?> keyOf;
    private readonly FixedWindowRateLimiterOptions options;
    private readonly PartitionedRateLimiter<HttpContext> windows;

    /// <param name="name">Names the limit in logs.</param>
    /// <param name="limit">Permits per window.</param>
    /// <param name="keyOf">The subject's partition key for this limit, or null where the limit does not apply.</param>
    public WindowRule(string name, WindowLimit limit, Func<RateLimitSubject, string?> keyOf)
    {
        this.name = name;
        this.limit = limit;
        this.keyOf = keyOf;
        // The limiter's own window is never shorter than what is left of the aligned one, so it never replenishes
        // within it; no queue: a request over the limit is refused at once.
        options = new FixedWindowRateLimiterOptions { PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0 };
        windows = PartitionedRateLimiter.Create<HttpContext, (string Key, long Window)>(Partition);
    }

    /// <summary>This limit as it stands for the request, once it has been counted; null where it does not apply.</summary>
    public RateLimitStatus? StatusOf(HttpContext context)
    {
        if (RateLimitSubject.Of(context) is not { } subject || keyOf(subject) is null)
        {
            return null;
        }

        var remaining = windows.GetStatistics(context)?.CurrentAvailablePermits ?? limit.PermitLimit;
        return new RateLimitStatus(limit.PermitLimit, (int)remaining, ResetAfter(subject.At));
    }

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => windows.GetStatistics(resource);

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        var lease = windows.AttemptAcquire(resource, permitCount);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        // Only a limit that applies can refuse, so there is a subject.
        var at = RateLimitSubject.Of(resource)!.At;
        return new RefusedLease(name, new RateLimitStatus(limit.PermitLimit, 0, ResetAfter(at)));
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        new(AttemptAcquireCore(resource, permitCount));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            windows.Dispose();
        }

        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await windows.DisposeAsync();
        await base.DisposeAsyncCore();
    }

    private RateLimitPartition<(string Key, long Window)> Partition(HttpContext context) =>
        RateLimitSubject.Of(context) is { } subject && keyOf(subject) is { } key
            ? RateLimitPartition.GetFixedWindowLimiter((key, subject.At.UtcTicks / limit.Window.Ticks), _ => options)
            : RateLimitPartition.GetNoLimiter(NotApplicable);

    private TimeSpan ResetAfter(DateTimeOffset at) => TimeSpan.FromTicks(limit.Window.Ticks - (at.UtcTicks % limit.Window.Ticks));
}
