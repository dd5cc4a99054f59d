namespace Social.Contracts.Events;

/// <summary>
/// A message was sent: <see cref="Seq"/> is its place in the conversation. <see cref="StoryId"/> names the story it
/// replies to, when it does.
/// </summary>
public sealed record MessageSent
{
    public required Guid MessageId { get; init; }

    public required Guid ConversationId { get; init; }

    public required long Seq { get; init; }

    public required Guid SenderId { get; init; }

    public Guid? StoryId { get; init; }

    public required DateTimeOffset At { get; init; }
}
