namespace Social.FunctionalTests.Infrastructure;

/// <summary>A signed-up, signed-in user: their id, handle and access token.</summary>
public sealed record TestUser(string Id, string Handle, string Token);
