namespace Social.Messaging.Domain.Stream;

/// <summary>One entry of a user's stream: <see cref="Position"/> is its place there (1, 2, 3, … with no gaps).</summary>
public sealed record StreamEntry(long Position, StreamItem Item, DateTimeOffset At);
