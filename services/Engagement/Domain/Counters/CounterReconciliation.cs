namespace Social.Engagement.Domain.Counters;

public sealed record CounterReconciliation(long ItemsChecked, IReadOnlyList<LikeCounterDrift> Drift, bool Repaired);
