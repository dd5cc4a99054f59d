namespace Social.Story.Domain.Replies;

/// <summary>A reply as the replier sends it: its text and the client's message id (a retry sends the same one).</summary>
public sealed record ReplyDraft(string? Text, string? ClientMessageId);
