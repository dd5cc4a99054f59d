using System.Threading.RateLimiting;

namespace Social.Gateway.RateLimiting;

/// <summary>A refusal that says which limit refused and when its window resets, for the 429 answer.</summary>
internal sealed class RefusedLease(string limitName, RateLimitStatus status) : RateLimitLease
{
    private static readonly string[] Metadata = [MetadataName.RetryAfter.Name];

    public string LimitName => limitName;

    public RateLimitStatus Status => status;

    public override bool IsAcquired => false;

    public override IEnumerable<string> MetadataNames => Metadata;

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = metadataName == MetadataName.RetryAfter.Name ? status.ResetAfter : null;
        return metadata is not null;
    }
}
