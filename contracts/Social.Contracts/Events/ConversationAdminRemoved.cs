namespace Social.Contracts.Events;

/// <summary>An admin took the role from <see cref="UserId"/>, who stays in the group.</summary>
public sealed record ConversationAdminRemoved
{
    public required Guid ConversationId { get; init; }

    public required Guid UserId { get; init; }

    public required DateTimeOffset At { get; init; }
}
