namespace Social.Contracts.Events;

/// <summary>
/// A user blocked another. Graph has already severed follows and requests both ways (and published those ends);
/// consumers hide content both ways and lock the pair's direct conversation. The blocked user is never told.
/// </summary>
public sealed record UserBlocked
{
    public required Guid BlockerId { get; init; }

    public required Guid BlockedId { get; init; }

    public required DateTimeOffset At { get; init; }
}
