using Social.Messaging.Domain.Activity;

namespace Social.Messaging.Domain.Stream;

/// <summary>
/// What one stream entry says, by ids only: content (a message's text, its reactions) is read when the entry is
/// delivered, so an unsent message is never replayed with its text. <see cref="UserId"/> is who the event is about
/// (the reactor, the reader, the member added); <see cref="Change"/> the kind of a conversation, reaction or activity
/// change. An activity entry's change names the entry in <see cref="MessageId"/> and has no conversation
/// (<see cref="Guid.Empty"/>); a badges entry carries the numbers as they were in its transaction, so a replay shows
/// each step as it happened.
/// </summary>
public sealed record StreamItem(
    string Type,
    Guid ConversationId,
    Guid? MessageId = null,
    long? Seq = null,
    Guid? UserId = null,
    string? Emoji = null,
    string? Change = null,
    Badges? Badges = null);
