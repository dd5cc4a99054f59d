namespace Social.Profile.Domain.Profiles;

/// <summary>A partial update as received: null means "leave as it is". Nothing about it is trusted yet.</summary>
public sealed record ProfileChanges(
    string? DisplayName = null,
    string? Bio = null,
    string? AvatarUrl = null,
    IReadOnlyList<string>? Links = null,
    string? Pronouns = null,
    bool? IsPrivate = null,
    string? WhoCanMessage = null,
    string? WhoCanComment = null,
    string? WhoCanMention = null,
    bool? ReadReceipts = null,
    string? WhoCanTag = null);
