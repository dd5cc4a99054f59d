namespace Social.Graph.Domain.Users;

/// <summary>
/// A fan-out still to finish, stored with the change that caused it. It is its own progress marker: each batch removes
/// or accepts what it handled, so what is left in the database is exactly what a later batch (after a crash, on another
/// instance) still has to do.
/// </summary>
public sealed record PendingFanOut(Guid UserId, FanOutKind Kind);
