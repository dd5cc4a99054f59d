namespace Social.Engagement.Domain.Mentions;

/// <summary>An <c>@handle</c> as written in a text, before anyone checked who it names.</summary>
public sealed record MentionCandidate(string Handle, int Start, int Length);
