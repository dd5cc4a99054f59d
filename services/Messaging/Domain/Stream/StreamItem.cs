namespace Social.Messaging.Domain.Stream;

/// <summary>
/// What one stream entry says, by ids only: content (a message's text, its reactions) is read when the entry is
/// delivered, so an unsent message is never replayed with its text. <see cref="UserId"/> is who the event is about
/// (the reactor, the reader, the member added); <see cref="Change"/> the kind of a conversation or reaction change.
/// </summary>
public sealed record StreamItem(
    string Type,
    Guid ConversationId,
    Guid? MessageId = null,
    long? Seq = null,
    Guid? UserId = null,
    string? Emoji = null,
    string? Change = null);
