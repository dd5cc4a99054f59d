using System.Net;

namespace Social.Gateway.Forwarding;

/// <summary>
/// The <c>ForwardedHeaders</c> configuration section: the proxies (load balancers) in front of the gateway whose
/// X-Forwarded-For, X-Forwarded-Proto and X-Forwarded-Host it believes. None by default: a gateway that clients reach directly must not
/// let them name their own address, or the per-address limits would count whatever a header says.
/// </summary>
internal sealed class TrustedProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.5</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Ranges of trusted proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>
    /// How many X-Forwarded-For entries are read, from the right: one per trusted proxy a request passes. Each entry
    /// is believed only if the hop that added it is trusted, so a client's own entries to the left never count.
    /// </summary>
    public int ForwardLimit { get; set; } = 1;

    public bool TrustsAnyProxy => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public bool IsValid =>
        ForwardLimit >= 1
        && KnownProxies.All(proxy => IPAddress.TryParse(proxy, out _))
        && KnownNetworks.All(IsExactRange);

    public IEnumerable<IPAddress> ProxyAddresses() => KnownProxies.Select(IPAddress.Parse);

    public IEnumerable<IPNetwork> ProxyNetworks() => KnownNetworks.Select(network => IPNetwork.Parse(network));

    // IPNetwork clears the bits past the prefix, so "10.0.0.5/24" would quietly trust 256 addresses where one host may
    // have been meant: a range is accepted only as its first address.
    private static bool IsExactRange(string network) =>
        IPNetwork.TryParse(network, out var range)
        && IPAddress.TryParse(network.AsSpan(0, network.IndexOf('/', StringComparison.Ordinal)), out var written)
        && written.Equals(range.BaseAddress);
}
