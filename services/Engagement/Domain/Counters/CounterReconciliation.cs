namespace Social.Engagement.Domain.Counters;

public sealed record CounterReconciliation(long ItemsChecked, IReadOnlyList<ItemCounters> Drift, bool Repaired);
