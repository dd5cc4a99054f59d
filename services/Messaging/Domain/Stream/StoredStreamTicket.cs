namespace Social.Messaging.Domain.Stream;

/// <summary>A ticket as stored: its hash, whose stream it opens, and until when.</summary>
public sealed record StoredStreamTicket(string Hash, Guid UserId, DateTimeOffset ExpiresAt);
