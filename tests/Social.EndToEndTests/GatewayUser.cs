namespace Social.EndToEndTests;

/// <summary>A user signed in through the gateway.</summary>
public sealed record GatewayUser(string Id, string Handle, string Token);
