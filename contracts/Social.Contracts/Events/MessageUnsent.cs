namespace Social.Contracts.Events;

/// <summary>The sender unsent a message for everyone: it stays in its place as deleted, without text or reactions.</summary>
public sealed record MessageUnsent
{
    public required Guid MessageId { get; init; }

    public required Guid ConversationId { get; init; }

    public required long Seq { get; init; }

    public required Guid SenderId { get; init; }

    public required DateTimeOffset At { get; init; }
}
