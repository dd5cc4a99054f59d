using System.Security.Claims;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Abstractions;
using Social.ServiceDefaults.Auth;

namespace Social.UnitTests.Auth;

/// <summary>
/// The cache of validated access tokens never accepts what validation would refuse now: a revoked or expired token is
/// refused on the very next lookup, remembered or not.
/// </summary>
public sealed class ValidatedAccessTokensTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly RevokedAccessTokens _revoked;
    private readonly ValidatedAccessTokens _validated;

    public ValidatedAccessTokensTests()
    {
        _revoked = new RevokedAccessTokens(_clock);
        _validated = new ValidatedAccessTokens(_revoked, _clock);
    }

    [Fact]
    public void A_validated_token_is_found_again_as_a_copy_of_its_own()
    {
        var principal = Principal("token-1", _clock.GetUtcNow() + Lifetime);
        _validated.Remember(Digest("token-1"), principal);

        var first = _validated.Find(Digest("token-1"));
        var second = _validated.Find(Digest("token-1"));

        Assert.NotNull(first);
        Assert.Equal("user-token-1", first.FindFirst(CallerIdentity.SubjectClaim)?.Value);
        Assert.NotSame(principal, first);
        Assert.NotSame(first, second);
        first.Identities.Single().AddClaim(new Claim("added", "by one request"));
        Assert.Null(second!.FindFirst("added"));
        Assert.Null(_validated.Find(Digest("token-1"))!.FindFirst("added"));
    }

    [Fact]
    public void Another_token_finds_nothing() =>
        Assert.Null(RememberedThenFound("token-1", "token-2"));

    [Fact]
    public void A_revoked_token_is_refused_on_the_very_next_lookup_although_it_was_remembered()
    {
        _validated.Remember(Digest("token-1"), Principal("token-1", _clock.GetUtcNow() + Lifetime));
        Assert.NotNull(_validated.Find(Digest("token-1")));

        _revoked.Revoke(["token-1"], _clock.GetUtcNow() + Lifetime);

        Assert.Null(_validated.Find(Digest("token-1")));
        Assert.Equal(0, _validated.Count);
    }

    [Fact]
    public void Revoking_one_token_leaves_the_others_of_the_cache_alone()
    {
        _validated.Remember(Digest("token-1"), Principal("token-1", _clock.GetUtcNow() + Lifetime));
        _validated.Remember(Digest("token-2"), Principal("token-2", _clock.GetUtcNow() + Lifetime));

        _revoked.Revoke(["token-1"], _clock.GetUtcNow() + Lifetime);

        Assert.Null(_validated.Find(Digest("token-1")));
        Assert.NotNull(_validated.Find(Digest("token-2")));
    }

    [Fact]
    public void A_token_is_refused_from_the_instant_it_expires_by_this_process_clock()
    {
        var expires = _clock.GetUtcNow() + TimeSpan.FromMinutes(2);
        _validated.Remember(Digest("token-1"), Principal("token-1", expires));

        _clock.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromTicks(1));
        Assert.NotNull(_validated.Find(Digest("token-1")));

        _clock.Advance(TimeSpan.FromTicks(1));
        Assert.Null(_validated.Find(Digest("token-1")));
    }

    [Fact]
    public void A_long_lived_token_is_remembered_for_at_most_five_minutes_and_then_validated_again()
    {
        _validated.Remember(Digest("token-1"), Principal("token-1", _clock.GetUtcNow() + Lifetime));

        _clock.Advance(ValidatedAccessTokens.MaxRemembered - TimeSpan.FromSeconds(1));
        Assert.NotNull(_validated.Find(Digest("token-1")));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(_validated.Find(Digest("token-1")));
    }

    [Fact]
    public void An_expired_or_revoked_token_is_never_remembered()
    {
        _revoked.Revoke(["revoked"], _clock.GetUtcNow() + Lifetime);

        _validated.Remember(Digest("expired"), Principal("expired", _clock.GetUtcNow()));
        _validated.Remember(Digest("revoked"), Principal("revoked", _clock.GetUtcNow() + Lifetime));

        Assert.Equal(0, _validated.Count);
    }

    [Fact]
    public void Changing_the_remembered_principal_afterwards_changes_nothing_in_the_cache()
    {
        var principal = Principal("token-1", _clock.GetUtcNow() + Lifetime);
        _validated.Remember(Digest("token-1"), principal);

        principal.Identities.Single().AddClaim(new Claim("added", "later"));

        Assert.Null(_validated.Find(Digest("token-1"))!.FindFirst("added"));
    }

    [Fact]
    public void Expired_entries_are_swept_out_even_if_never_looked_up_again()
    {
        for (var i = 0; i < 10; i++)
        {
            _validated.Remember(Digest($"short-{i}"), Principal($"short-{i}", _clock.GetUtcNow() + TimeSpan.FromSeconds(30)));
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        _validated.Remember(Digest("fresh"), Principal("fresh", _clock.GetUtcNow() + Lifetime));

        Assert.Equal(1, _validated.Count);
    }

    [Fact]
    public void Past_its_capacity_the_cache_remembers_no_more_but_keeps_what_it_has()
    {
        var small = new ValidatedAccessTokens(_revoked, _clock, capacity: 3);
        var expires = _clock.GetUtcNow() + Lifetime;
        for (var i = 0; i < 3; i++)
        {
            small.Remember(Digest($"token-{i}"), Principal($"token-{i}", expires));
        }

        small.Remember(Digest("one-too-many"), Principal("one-too-many", expires));

        Assert.Equal(3, small.Count);
        Assert.Null(small.Find(Digest("one-too-many")));
        Assert.NotNull(small.Find(Digest("token-0")));
    }

    [Fact]
    public void A_full_cache_makes_room_once_its_tokens_expire()
    {
        var small = new ValidatedAccessTokens(_revoked, _clock, capacity: 1);
        small.Remember(Digest("token-1"), Principal("token-1", _clock.GetUtcNow() + TimeSpan.FromSeconds(30)));

        _clock.Advance(TimeSpan.FromMinutes(1));
        small.Remember(Digest("token-2"), Principal("token-2", _clock.GetUtcNow() + Lifetime));

        Assert.NotNull(small.Find(Digest("token-2")));
    }

    [Fact]
    public void The_digest_tells_credentials_apart_and_is_the_same_for_the_same_one()
    {
        var token = "Bearer " + new string('x', 10_000);

        Assert.Equal(TokenDigest.Of(token), TokenDigest.Of(new string(token.AsSpan())));
        Assert.NotEqual(TokenDigest.Of(token), TokenDigest.Of(token + "y"));
        Assert.NotEqual(TokenDigest.Of("Bearer a"), TokenDigest.Of("Bearer b"));
    }

    private ClaimsPrincipal? RememberedThenFound(string remembered, string lookedUp)
    {
        _validated.Remember(Digest(remembered), Principal(remembered, _clock.GetUtcNow() + Lifetime));
        return _validated.Find(Digest(lookedUp));
    }

    private static TokenDigest Digest(string token) => TokenDigest.Of("Bearer " + token);

    /// <summary>A principal as OpenIddict validation hands it over: subject, token id and expiry.</summary>
    private static ClaimsPrincipal Principal(string tokenId, DateTimeOffset expires)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(CallerIdentity.SubjectClaim, "user-" + tokenId)], "Bearer"));
        principal.SetTokenId(tokenId);
        principal.SetExpirationDate(expires);
        return principal;
    }
}
