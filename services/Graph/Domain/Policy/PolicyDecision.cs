namespace Social.Graph.Domain.Policy;

/// <summary>Allowed, or the reason it is not (one of <see cref="PolicyReasons"/>).</summary>
public sealed record PolicyDecision(bool Allowed, string Reason)
{
    public static readonly PolicyDecision Allow = new(true, PolicyReasons.Allowed);

    public static PolicyDecision Deny(string reason) => new(false, reason);
}
