namespace Social.Story.Domain.Replies;

/// <summary>A reply to a story, sent as the direct message <see cref="MessageId"/>: recorded once per message.</summary>
public sealed record StoryReplyRecord(Guid MessageId, Guid StoryId, Guid OwnerId, Guid ReplierId, Guid ConversationId, DateTimeOffset At);
