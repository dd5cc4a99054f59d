namespace Social.Contracts.Events;

/// <summary>An admin added <see cref="UserId"/> to a group.</summary>
public sealed record ConversationMemberAdded
{
    public required Guid ConversationId { get; init; }

    public required Guid UserId { get; init; }

    public required Guid AddedBy { get; init; }

    public required DateTimeOffset At { get; init; }
}
