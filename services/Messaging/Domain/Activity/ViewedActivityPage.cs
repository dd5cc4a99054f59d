namespace Social.Messaging.Domain.Activity;

/// <summary>A page of the inbox as its recipient sees it; <paramref name="Next"/> goes on after the last stored entry read.</summary>
public sealed record ViewedActivityPage(IReadOnlyList<ViewedActivity> Items, Guid? Next);
