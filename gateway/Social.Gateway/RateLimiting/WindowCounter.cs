namespace Social.Gateway.RateLimiting;

/// <summary>
/// One key's requests in its current window, as one 64-bit word changed by compare-and-swap: the window's number (its
/// low 32 bits) above, the count below. Taking a permit, or starting a new window, is a single atomic step, so the
/// concurrent requests of one client never queue on a lock. A counter left in a past window can be retired, after
/// which nothing counts in it again (see <see cref="WindowRule"/>'s sweep).
/// </summary>
/// <param name="window">The window the counter starts in, with nothing counted.</param>
internal sealed class WindowCounter(long window)
{
    /// <summary>Returned by <see cref="TryTake"/> when the counter was retired: take from the rule's new counter instead.</summary>
    public const int Retired = int.MinValue;

    private const long RetiredState = -1;

    private long _state = (long)(uint)window << 32;

    /// <summary>
    /// Takes one of <paramref name="limit"/> permits in <paramref name="window"/>: the count once taken (1 to limit), or
    /// 0 when none is left (nothing is counted), or <see cref="Retired"/>.
    /// </summary>
    public int TryTake(long window, int limit)
    {
        var number = (uint)window;
        while (true)
        {
            var state = Volatile.Read(ref _state);
            if (state == RetiredState)
            {
                return Retired;
            }

            var (stored, count) = ((uint)(state >> 32), (uint)state);
            if (IsLater(number, stored))
            {
                (stored, count) = (number, 0); // The first request of a new window.
            }

            // A request from a window already over (it arrived just before the turn) counts in the current one.
            if (count >= limit)
            {
                return 0;
            }

            if (Interlocked.CompareExchange(ref _state, ((long)stored << 32) | (count + 1), state) == state)
            {
                return (int)count + 1;
            }
        }
    }

    /// <summary>Retires the counter if it still stands in a window before <paramref name="window"/>; true when it did.</summary>
    public bool TryRetire(long window)
    {
        var state = Volatile.Read(ref _state);
        return state != RetiredState && IsLater((uint)window, (uint)(state >> 32))
            && Interlocked.CompareExchange(ref _state, RetiredState, state) == state;
    }

    // Window numbers are compared by their difference, so the 32 bits kept wrap around without harm.
    private static bool IsLater(uint window, uint than) => (int)(window - than) > 0;
}
