namespace Social.Testing.Benchmarking;

/// <summary>
/// The load one measured (or warm-up) run applies: identical for every target, so the runs compare. Every request
/// carries the access token, as a signed-in app's reads do.
/// </summary>
public sealed record LoadSettings(TimeSpan Duration, int Connections, int Threads, string AccessToken);
