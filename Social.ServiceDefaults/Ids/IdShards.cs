namespace Social.ServiceDefaults.Ids;

/// <summary>
/// Spreads ids over a counter's shards: a counter many users change at once (a viral item's likes, a celebrity's
/// followers) is kept in shards chosen by the user who changes it, so concurrent writers meet on different rows or
/// documents instead of queueing, or conflicting, on one. The shard comes from the id's last byte, random in every
/// UUIDv7 (and stepping by one between ids made in one millisecond, which spreads those too).
/// </summary>
public static class IdShards
{
    /// <summary>The shard of <paramref name="id"/> among <paramref name="count"/> (at most 256).</summary>
    public static int Of(Guid id, int count)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return bytes[15] % count;
    }
}
