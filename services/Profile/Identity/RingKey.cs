using Microsoft.IdentityModel.Tokens;

namespace Social.Profile.Identity;

/// <summary>A key of a <see cref="KeyRing"/> and the instant from which it is the one in use.</summary>
internal sealed record RingKey(RsaSecurityKey Key, DateTimeOffset ActiveFrom);
