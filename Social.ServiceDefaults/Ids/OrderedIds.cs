namespace Social.ServiceDefaults.Ids;

/// <summary>
/// Time-ordered ids (UUIDv7) that keep the order they were made in within a process. <see cref="Guid.CreateVersion7(DateTimeOffset)"/>
/// fills everything below the millisecond with random bits, so two ids made in the same millisecond (two follows, two
/// stories posted back to back) sort either way, and a list ordered by id shows them swapped. Here an id made in the
/// same millisecond as the previous one is that one plus one in its random part (RFC 9562's monotonic method), so
/// lists, cursors and outbox order follow creation order. Ids from different processes still interleave within a
/// millisecond, as any two writers' do.
/// </summary>
public sealed class OrderedIds
{
    // The 74 bits below the timestamp that are not version or variant: 12 in bytes 6-7, 62 in bytes 8-15.
    private const int RandomBits = 74;

    /// <summary>The process's generator: every id the services make comes from it.</summary>
    private static readonly OrderedIds Process = new();

    private readonly Lock _gate = new();
    private long _lastMillisecond = long.MinValue;
    private UInt128 _last;

    /// <summary>A new id for <paramref name="at"/>, after every id this process made in the same millisecond.</summary>
    public static Guid CreateVersion7(DateTimeOffset at) => Process.Next(at);

    public Guid Next(DateTimeOffset at)
    {
        var millisecond = at.ToUnixTimeMilliseconds();
        lock (_gate)
        {
            var random = Random(_last);
            _last = millisecond == _lastMillisecond && random < (UInt128.One << RandomBits) - 1
                ? WithRandom(_last, random + 1)
                : ToNumber(Guid.CreateVersion7(at));
            _lastMillisecond = millisecond;
            return FromNumber(_last);
        }
    }

    private static UInt128 Random(UInt128 id) =>
        (((id >> 64) & 0xFFF) << 62) | (id & ((UInt128.One << 62) - 1));

    private static UInt128 WithRandom(UInt128 id, UInt128 random)
    {
        var high = (id >> 64) & ~(UInt128)0xFFF | ((random >> 62) & 0xFFF);
        var low = (id & ~((UInt128.One << 62) - 1) & ((UInt128.One << 64) - 1)) | (random & ((UInt128.One << 62) - 1));
        return (high << 64) | low;
    }

    private static UInt128 ToNumber(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    private static Guid FromNumber(UInt128 number)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(bytes, number);
        return new Guid(bytes, bigEndian: true);
    }
}
