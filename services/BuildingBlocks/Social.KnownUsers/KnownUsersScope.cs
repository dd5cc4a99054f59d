namespace Social.KnownUsers;

/// <summary>
/// The service that keeps this replica: its name prefixes the inbox names of the component's consumers, so receipts
/// and the inbox metrics say which service applied a message.
/// </summary>
public sealed record KnownUsersScope(string ServiceName);
