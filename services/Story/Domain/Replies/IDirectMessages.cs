namespace Social.Story.Domain.Replies;

/// <summary>Messaging, which owns conversations: a story reply is a direct message from the replier to the story's owner.</summary>
public interface IDirectMessages
{
    /// <summary>
    /// Sends <paramref name="text"/> from <paramref name="sender"/> to <paramref name="recipient"/>, referencing the
    /// story, in their 1:1 conversation (a message request when the recipient's <c>whoCanMessage</c> leaves the sender
    /// out). The same <paramref name="clientMessageId"/> again answers the message it sent (not created now). Null when Messaging finds
    /// no way between them (a block either way, an unknown user).
    /// </summary>
    Task<(DirectMessage Message, bool Created)?> SendAsync(Guid sender, Guid recipient, string clientMessageId, string text, Guid storyId, CancellationToken cancellationToken);
}
