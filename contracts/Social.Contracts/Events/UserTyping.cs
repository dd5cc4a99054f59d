namespace Social.Contracts.Events;

/// <summary>
/// A member is typing in a conversation until <see cref="ExpiresAt"/> unless they renew it (Messaging, to its own
/// instances, straight over the bus: typing is live only, never stored or replayed).
/// </summary>
public sealed record UserTyping
{
    public required Guid ConversationId { get; init; }

    public required Guid UserId { get; init; }

    /// <summary>The members whose open streams show it.</summary>
    public required IReadOnlyList<Guid> RecipientIds { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }
}
