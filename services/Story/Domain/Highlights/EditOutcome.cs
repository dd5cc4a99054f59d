using Social.ServiceDefaults.Validation;

namespace Social.Story.Domain.Highlights;

/// <summary>What an edit did: invalid fields, no such highlight of the caller's, or the highlight now.</summary>
public sealed record EditOutcome(IReadOnlyList<FieldViolation> Violations, ShownHighlight? Highlight);
