namespace Social.Messaging.Domain.Conversations;

/// <summary>Where a conversation sits for one member.</summary>
public static class Folders
{
    public const string Inbox = "inbox";

    /// <summary>Message requests: from someone the member's <c>whoCanMessage</c> did not admit.</summary>
    public const string Requests = "requests";

    /// <summary>A declined request: out of every list; the sender is never told.</summary>
    public const string Declined = "declined";

    /// <summary>The folders a client may list.</summary>
    public static bool IsListable(string folder) => folder is Inbox or Requests;
}
