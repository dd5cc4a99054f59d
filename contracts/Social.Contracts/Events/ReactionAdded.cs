namespace Social.Contracts.Events;

/// <summary><see cref="UserId"/> reacted to a message with <see cref="Emoji"/> (one per emoji per user).</summary>
public sealed record ReactionAdded
{
    public required Guid MessageId { get; init; }

    public required Guid ConversationId { get; init; }

    public required Guid UserId { get; init; }

    public required string Emoji { get; init; }

    public required DateTimeOffset At { get; init; }
}
