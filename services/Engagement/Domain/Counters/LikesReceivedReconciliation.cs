namespace Social.Engagement.Domain.Counters;

/// <summary>
/// What <see cref="LikesReceivedReconciler"/> found: the shards checked, those that drifted, whether they were
/// repaired, and how many shards were announced to Profile again.
/// </summary>
public sealed record LikesReceivedReconciliation(long ShardsChecked, IReadOnlyList<LikesReceivedCounter> Drift, bool Repaired, long Announced);
