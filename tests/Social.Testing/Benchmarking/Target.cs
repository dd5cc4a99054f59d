namespace Social.Testing.Benchmarking;

/// <summary>One URL the load generator measures, under the name the figures are reported by.</summary>
public sealed record Target(string Name, Uri Url);
