namespace Social.StreamBenchmarks;

/// <summary>A signed-up, signed-in user of the run.</summary>
internal sealed record StreamUser(Guid UserId, string Handle, string Token);
