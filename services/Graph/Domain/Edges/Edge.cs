namespace Social.Graph.Domain.Edges;

/// <summary>
/// One entry of a list: the other user, when the edge was made, and (mutes) when it ends. <see cref="EdgeId"/> is
/// time-ordered (UUIDv7) and unique, so it is the list's sort key and cursor: pages stay stable as edges arrive.
/// </summary>
public sealed record Edge(Guid EdgeId, Guid UserId, string Handle, DateTimeOffset Since, DateTimeOffset? ExpiresAt = null);
