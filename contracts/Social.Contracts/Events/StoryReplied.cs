namespace Social.Contracts.Events;

/// <summary>
/// A viewer replied to a story: the reply was sent as a direct message to the story's owner (Messaging's
/// <c>SendMessage</c>, referencing the story), so the activity inbox can show it. Published by Story once per message;
/// the inbox decides, from the conversation, whether the owner sees it (a reply that landed in message requests
/// is the requests folder's business, not the activity inbox's).
/// </summary>
public sealed record StoryReplied
{
    public required Guid StoryId { get; init; }

    public required Guid OwnerId { get; init; }

    public required Guid ReplierId { get; init; }

    public required Guid ConversationId { get; init; }

    public required Guid MessageId { get; init; }

    public required DateTimeOffset At { get; init; }
}
