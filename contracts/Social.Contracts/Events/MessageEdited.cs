namespace Social.Contracts.Events;

/// <summary>The sender changed a message's text (the old text went to its history).</summary>
public sealed record MessageEdited
{
    public required Guid MessageId { get; init; }

    public required Guid ConversationId { get; init; }

    public required long Seq { get; init; }

    public required Guid SenderId { get; init; }

    public required DateTimeOffset At { get; init; }
}
