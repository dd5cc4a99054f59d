namespace Social.Messaging.Storage;

/// <summary>A user's unlocked conversations in one folder with one mute state: how many, and their unread messages.</summary>
public sealed record UnreadTally(string Folder, bool Muted, long Conversations, long UnreadMessages);
