using Social.Story.Domain.Access;

namespace Social.Story.Domain.Reading;

/// <summary>A read's answer: what the viewer may see (<see cref="Value"/>), or why not (<see cref="Access"/>, and no value).</summary>
public sealed record Seen<T>(AccessDecision Access, T? Value = null)
    where T : class;
