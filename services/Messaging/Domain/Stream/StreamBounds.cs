namespace Social.Messaging.Domain.Stream;

/// <summary>
/// A user's stream as stored: <see cref="Head"/> is the newest position ever given (0: none), <see cref="Oldest"/>
/// the oldest entry still kept (null: none kept).
/// </summary>
public sealed record StreamBounds(long Head, long? Oldest);
