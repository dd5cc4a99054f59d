using Social.Messaging.Domain.Reading;

namespace Social.Messaging.Domain.Stream;

/// <summary>
/// One event as a stream delivers it: a stored entry (<see cref="Position"/> &gt; 0) with the message it names as the
/// viewer sees it now, or a live-only one (typing, heartbeat: position 0), or a reset to <see cref="Position"/>.
/// </summary>
public sealed record StreamEvent(long Position, string Type, StreamItem? Item = null, ViewedMessage? Message = null, DateTimeOffset? ExpiresAt = null, string? Reason = null)
{
    public static readonly StreamEvent Heartbeat = new(0, StreamEventTypes.Heartbeat);

    public bool IsStored => Position > 0 && Type != StreamEventTypes.Reset;
}
