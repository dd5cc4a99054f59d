namespace Social.Contracts.Events;

/// <summary>
/// A conversation began: a 1:1 (<see cref="IsGroup"/> false, found again on later creates) or a group whose creator is
/// its first admin. <see cref="MemberIds"/> holds everyone in it, the creator included.
/// </summary>
public sealed record ConversationCreated
{
    public required Guid ConversationId { get; init; }

    public required Guid CreatedBy { get; init; }

    public required bool IsGroup { get; init; }

    public required IReadOnlyList<Guid> MemberIds { get; init; }

    public required DateTimeOffset At { get; init; }
}
