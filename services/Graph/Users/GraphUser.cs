namespace Social.Graph.Users;

/// <summary>A user as the graph knows them: created from Profile's AccountCreated.</summary>
public sealed record GraphUser(Guid UserId, string Handle, DateTimeOffset CreatedAt);
