namespace Social.Benchmarks;

/// <summary>The load one measured (or warm-up) run applies: identical for every target, so the runs compare.</summary>
internal sealed record LoadSettings(TimeSpan Duration, int Connections, int Threads);
