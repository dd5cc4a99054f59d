namespace Social.Graph.Domain.Users;

/// <summary>What a reconciliation found: how many users it checked and those whose stored counts differed from their edges.</summary>
public sealed record CounterReconciliation(long UsersChecked, IReadOnlyList<CounterDrift> Drift, bool Repaired);
