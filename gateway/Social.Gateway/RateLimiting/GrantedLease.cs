using System.Threading.RateLimiting;

namespace Social.Gateway.RateLimiting;

/// <summary>A granted request: nothing to give back (a fixed window's permits are spent), so one lease serves every request.</summary>
internal sealed class GrantedLease : RateLimitLease
{
    public static GrantedLease Instance { get; } = new();

    public override bool IsAcquired => true;

    public override IEnumerable<string> MetadataNames => [];

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = null;
        return false;
    }
}
