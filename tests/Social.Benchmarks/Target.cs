namespace Social.Benchmarks;

/// <summary>One way of reaching the same profile: directly, through the bare proxy, or through the gateway.</summary>
internal sealed record Target(string Name, Uri Url);
