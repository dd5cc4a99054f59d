namespace Social.Contracts.Events;

/// <summary><see cref="UserId"/> took back their <see cref="Emoji"/> reaction to a message.</summary>
public sealed record ReactionRemoved
{
    public required Guid MessageId { get; init; }

    public required Guid ConversationId { get; init; }

    public required Guid UserId { get; init; }

    public required string Emoji { get; init; }

    public required DateTimeOffset At { get; init; }
}
