namespace Social.Messaging.Domain.Messages;

/// <summary>A message as a sender asks to send it.</summary>
public sealed record MessageDraft(string ClientMessageId, string? Text, Guid? ReplyTo, Guid? StoryId, Guid? ContentId);
