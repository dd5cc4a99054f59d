namespace Social.Messaging.Domain.Activity;

/// <summary>The numbers on a user's Inbox tab (api.md, <c>GET /api/v1/me/badges</c>).</summary>
public sealed record Badges(long UnreadMessages, long MessageRequests, long UnseenActivity);
