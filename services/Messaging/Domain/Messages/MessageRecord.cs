namespace Social.Messaging.Domain.Messages;

/// <summary>
/// A message: its <see cref="Seq"/> is its place in the conversation; <see cref="ClientMessageId"/> is the sender's
/// own id for it, so a retried send finds it. An unsent message stays in its place as <see cref="Deleted"/>, without text.
/// </summary>
public sealed record MessageRecord(
    Guid MessageId,
    Guid ConversationId,
    long Seq,
    Guid SenderId,
    string ClientMessageId,
    string? Text,
    Guid? ReplyTo,
    Guid? StoryId,
    Guid? ContentId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt = null,
    bool Deleted = false);
