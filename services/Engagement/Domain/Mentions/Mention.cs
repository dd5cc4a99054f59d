namespace Social.Engagement.Domain.Mentions;

/// <summary>A linked <c>@handle</c> in a comment or a caption: whom it names and where (UTF-16 offsets, as JavaScript counts).</summary>
public sealed record Mention(Guid UserId, string Handle, int Start, int Length);
