namespace Social.Contracts.Events;

/// <summary>
/// <see cref="UserId"/> became an admin of a group: named by an admin, or handed the role when the last admin left.
/// </summary>
public sealed record ConversationAdminAdded
{
    public required Guid ConversationId { get; init; }

    public required Guid UserId { get; init; }

    public required DateTimeOffset At { get; init; }
}
