namespace Social.Messaging.Domain.Stream;

/// <summary>The <c>event:</c> names of the live stream (api.md, "Live stream").</summary>
public static class StreamEventTypes
{
    public const string Message = "message";

    public const string MessageEdited = "message_edited";

    public const string MessageDeleted = "message_deleted";

    public const string Reaction = "reaction";

    /// <summary>A read receipt: a member has read up to a seq.</summary>
    public const string Read = "read";

    /// <summary>Live only: never stored, never replayed.</summary>
    public const string Typing = "typing";

    /// <summary>A conversation was created, or its members, admins or my folder changed (<see cref="ConversationChanges"/>).</summary>
    public const string Conversation = "conversation";

    /// <summary>An entry of my activity inbox was added, updated (an actor joined or left) or removed.</summary>
    public const string Activity = "activity";

    /// <summary>My badge numbers changed: unread messages, message requests, unseen activity.</summary>
    public const string Badges = "badges";

    /// <summary>The position asked for is older than what is kept: refetch state, then go on from the position given.</summary>
    public const string Reset = "reset";

    /// <summary>Not an event: the stream is alive and had nothing to say (a comment on the wire).</summary>
    public const string Heartbeat = "heartbeat";
}
