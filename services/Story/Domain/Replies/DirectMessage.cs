namespace Social.Story.Domain.Replies;

/// <summary>A direct message as Messaging shows it to its sender (the answer to a story reply).</summary>
public sealed record DirectMessage(
    Guid MessageId,
    Guid ConversationId,
    long Seq,
    Guid SenderId,
    string? Text,
    Guid? StoryId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    bool Deleted,
    IReadOnlyList<DirectMessageReaction> Reactions);
