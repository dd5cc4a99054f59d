namespace Social.Storage.MongoDb;

/// <summary>
/// How long a MongoDB transaction that lost a write conflict waits before running again: exponential from
/// <see cref="FirstDelay"/> up to <see cref="MaxDelay"/>, each wait drawn at random between half and all of it, so
/// transactions that collided (200 followers of one celebrity at once) spread out instead of colliding again in step.
/// </summary>
public static class TransactionRetry
{
    /// <summary>How many times a transaction runs when concurrent ones keep conflicting with it; the last error is thrown.</summary>
    public const int MaxAttempts = 10;

    public static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(5);

    public static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>The wait after the failed attempt number <paramref name="failedAttempt"/> (1 for the first).</summary>
    public static TimeSpan DelayAfter(int failedAttempt)
    {
        var ceiling = Math.Min(FirstDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failedAttempt - 1, 16)), MaxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter, not security.
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (Random.Shared.NextDouble() * 0.5)));
#pragma warning restore CA5394
    }
}
