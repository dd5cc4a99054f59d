using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Social.FunctionalTests.Infrastructure;
using Social.Profile.Identity;

namespace Social.FunctionalTests.Identity;

/// <summary>
/// Keys rotated with an overlap: a key added ahead of its instant is published at once, takes over at its instant on a
/// running instance, and tokens made with the key it replaced keep working until they expire.
/// </summary>
public sealed class KeyRotationTests(SharedBroker broker) : IAsyncLifetime
{
    private readonly StandaloneProfile _profile = new();
    private readonly ShiftedClock _clock = new();
    private HttpClient _client = null!;
    private string _keys = null!;

    public async ValueTask InitializeAsync()
    {
        _keys = Path.Combine(_profile.DataPath, "keys");
        Directory.CreateDirectory(_keys);
        var takesOver = _clock.GetUtcNow().AddMinutes(10).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var name in new[] { "signing.pem", "encryption.pem", $"signing.{takesOver}.pem", $"encryption.{takesOver}.pem" })
        {
            using var rsa = RSA.Create(2048);
            await File.WriteAllTextAsync(Path.Combine(_keys, name), rsa.ExportPkcs8PrivateKeyPem(), TestContext.Current.CancellationToken);
        }

        _client = await _profile.StartAsync(
            broker, settings => settings["Identity:CreateMissingKeys"] = "false", services => services.AddSingleton<TimeProvider>(_clock));
    }

    public ValueTask DisposeAsync() => _profile.DisposeAsync();

    [Fact]
    public async Task A_key_added_ahead_is_published_takes_over_at_its_instant_and_what_the_old_keys_made_still_works()
    {
        var signing = KeyRing.Load(_keys, "signing", createIfEmpty: false).Keys.Select(key => key.Key.KeyId).ToList();
        var encryption = KeyRing.Load(_keys, "encryption", createIfEmpty: false).Keys.Select(key => key.Key.KeyId).ToList();
        var handle = ProfileApi.UniqueHandle("rotate");
        (await ProfileApi.SignUpAsync(_client, handle)).EnsureSuccessStatusCode();

        var (oldAccess, oldRefresh) = await OAuthApi.SignInAsync(_client, handle, ProfileApi.DefaultPassword);
        Assert.Equal(signing[0], KeyIdOf(oldAccess));
        Assert.Equal(encryption[0], KeyIdOf(oldRefresh));
        // Published before it signs anything, so validators know it when it does.
        Assert.Equal(signing.Order(), await PublishedKeyIdsAsync());

        _clock.Advance(TimeSpan.FromMinutes(11));

        var refreshed = await OAuthApi.RefreshAsync(_client, oldRefresh);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var body = await ProfileApi.ReadJsonAsync(refreshed);
        var (newAccess, newRefresh) = (body.GetProperty("access_token").GetString()!, body.GetProperty("refresh_token").GetString()!);
        Assert.Equal(signing[1], KeyIdOf(newAccess));
        Assert.Equal(encryption[1], KeyIdOf(newRefresh));

        // The access token signed with the replaced key is still good until it expires; so is the new one.
        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.GetMeAsync(_client, oldAccess)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.GetMeAsync(_client, newAccess)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await OAuthApi.RefreshAsync(_client, newRefresh)).StatusCode);
    }

    [Fact]
    public async Task An_instance_that_may_not_create_keys_does_not_start_without_them()
    {
        await using var empty = new StandaloneProfile();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => empty.StartAsync(broker, settings => settings["Identity:CreateMissingKeys"] = "false"));

        Assert.Contains("No signing key", refused.Message, StringComparison.Ordinal);
        var keys = Path.Combine(empty.DataPath, "keys");
        Assert.False(Directory.Exists(keys) && Directory.EnumerateFiles(keys).Any());
    }

    private async Task<List<string>> PublishedKeyIdsAsync()
    {
        var keySet = await ProfileApi.ReadJsonAsync(await _client.GetAsync("/.well-known/jwks", TestContext.Current.CancellationToken));
        return keySet.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()!).Order().ToList();
    }

    /// <summary>The key id in a token's header: a signed token's signing key, an encrypted token's encryption key.</summary>
    private static string KeyIdOf(string token)
    {
        var header = token.Split('.')[0];
        var json = Convert.FromBase64String(header.Replace('-', '+').Replace('_', '/').PadRight((header.Length + 3) / 4 * 4, '='));
        return JsonDocument.Parse(json).RootElement.GetProperty("kid").GetString()!;
    }
}
