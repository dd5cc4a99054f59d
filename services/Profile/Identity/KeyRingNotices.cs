using Microsoft.Extensions.Options;

namespace Social.Profile.Identity;

/// <summary>
/// Tells operators at start which keys are in use and what a rotation still needs: a new signing key should be known
/// to validators before it signs (they read the key set again every <see cref="ValidatorRefresh"/>), and a replaced
/// key can go once nothing it protected is still valid.
/// </summary>
internal sealed partial class KeyRingNotices(
    KeyRing signing, KeyRing encryption, IOptions<TokenIssuerOptions> options, TimeProvider clock, ILogger<KeyRingNotices> logger) : IHostedService
{
    /// <summary>How often validators read the issuer's key set again (OpenIddict validation's default).</summary>
    public static readonly TimeSpan ValidatorRefresh = TimeSpan.FromHours(12);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        Report(signing, now, keepFor: options.Value.AccessTokenLifetime, announceAhead: ValidatorRefresh);
        // Encryption keys are private to this service: nobody else has to learn a new one first.
        Report(encryption, now, keepFor: options.Value.RefreshTokenLifetime, announceAhead: TimeSpan.Zero);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Report(KeyRing ring, DateTimeOffset now, TimeSpan keepFor, TimeSpan announceAhead)
    {
        var current = ring.CurrentAt(now);
        KeyInUse(ring.Name, current.Key.KeyId);
        foreach (var next in ring.Keys.Where(key => key.ActiveFrom > now))
        {
            if (next.ActiveFrom - now < announceAhead)
            {
                NextKeyTooSoon(ring.Name, next.Key.KeyId, next.ActiveFrom, announceAhead);
            }
        }

        var replacedAt = current.ActiveFrom;
        foreach (var old in ring.Keys.TakeWhile(key => key != current).Reverse())
        {
            if (now - replacedAt > keepFor)
            {
                OldKeyRemovable(ring.Name, old.Key.KeyId, keepFor);
            }

            replacedAt = old.ActiveFrom;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Ring} key in use is {KeyId}")]
    private partial void KeyInUse(string ring, string keyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Ring} key {KeyId} takes over at {ActiveFrom:O}, less than {Ahead} from now: " +
        "validators that have not read the key set again by then refuse the tokens it signs until they do")]
    private partial void NextKeyTooSoon(string ring, string keyId, DateTimeOffset activeFrom, TimeSpan ahead);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Ring} key {KeyId} was replaced more than {KeptFor} ago and can be removed")]
    private partial void OldKeyRemovable(string ring, string keyId, TimeSpan keptFor);
}
