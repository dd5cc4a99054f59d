namespace Social.Contracts.Events;

/// <summary>
/// <see cref="UserId"/> is no longer in the conversation: removed by an admin, left, or their account was deleted
/// (<see cref="Reason"/>, one of <see cref="MemberEndReasons"/>).
/// </summary>
public sealed record ConversationMemberRemoved
{
    public required Guid ConversationId { get; init; }

    public required Guid UserId { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset At { get; init; }
}
