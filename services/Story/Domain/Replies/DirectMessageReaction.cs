namespace Social.Story.Domain.Replies;

/// <summary>One emoji's reactions on a message: how many, and whether the reader's is among them.</summary>
public sealed record DirectMessageReaction(string Emoji, long Count, bool Mine);
