using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Social.Profile.Identity.MongoDb;

/// <summary>The application's fields as OpenIddict reads and sets them (in memory; <see cref="UpdateAsync"/> writes).</summary>
public sealed partial class MongoApplicationStore
{
    public ValueTask<string?> GetApplicationTypeAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) => new(application.ApplicationType);

    public ValueTask<string?> GetClientIdAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) => new(application.ClientId);

    public ValueTask<string?> GetClientSecretAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) => new(application.ClientSecret);

    public ValueTask<string?> GetClientTypeAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) => new(application.ClientType);

    public ValueTask<string?> GetConsentTypeAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) => new(application.ConsentType);

    public ValueTask<string?> GetDisplayNameAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) => new(application.DisplayName);

    public ValueTask<ImmutableDictionary<CultureInfo, string>> GetDisplayNamesAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) =>
        new(StoredValues.ReadLocalized(application.DisplayNames));

    public ValueTask<string?> GetIdAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) => new(application.Id);

    public ValueTask<JsonWebKeySet?> GetJsonWebKeySetAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) =>
        new(application.JsonWebKeySet is { Length: > 0 } json ? JsonWebKeySet.Create(json) : null);

    public ValueTask<ImmutableArray<string>> GetPermissionsAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) =>
        new([.. application.Permissions]);

    public ValueTask<ImmutableArray<string>> GetPostLogoutRedirectUrisAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) =>
        new([.. application.PostLogoutRedirectUris]);

    public ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) =>
        new(StoredValues.ReadProperties(application.Properties));

    public ValueTask<ImmutableArray<string>> GetRedirectUrisAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) =>
        new([.. application.RedirectUris]);

    public ValueTask<ImmutableArray<string>> GetRequirementsAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) =>
        new([.. application.Requirements]);

    public ValueTask<ImmutableDictionary<string, string>> GetSettingsAsync(OAuthApplicationDocument application, CancellationToken cancellationToken) =>
        new(application.Settings.ToImmutableDictionary(StringComparer.Ordinal));

    public ValueTask SetApplicationTypeAsync(OAuthApplicationDocument application, string? type, CancellationToken cancellationToken)
    {
        application.ApplicationType = type;
        return default;
    }

    public ValueTask SetClientIdAsync(OAuthApplicationDocument application, string? identifier, CancellationToken cancellationToken)
    {
        application.ClientId = identifier;
        return default;
    }

    public ValueTask SetClientSecretAsync(OAuthApplicationDocument application, string? secret, CancellationToken cancellationToken)
    {
        application.ClientSecret = secret;
        return default;
    }

    public ValueTask SetClientTypeAsync(OAuthApplicationDocument application, string? type, CancellationToken cancellationToken)
    {
        application.ClientType = type;
        return default;
    }

    public ValueTask SetConsentTypeAsync(OAuthApplicationDocument application, string? type, CancellationToken cancellationToken)
    {
        application.ConsentType = type;
        return default;
    }

    public ValueTask SetDisplayNameAsync(OAuthApplicationDocument application, string? name, CancellationToken cancellationToken)
    {
        application.DisplayName = name;
        return default;
    }

    public ValueTask SetDisplayNamesAsync(OAuthApplicationDocument application, ImmutableDictionary<CultureInfo, string> names, CancellationToken cancellationToken)
    {
        application.DisplayNames = StoredValues.WriteLocalized(names);
        return default;
    }

    /// <summary>Kept as the JSON of the key set, which <see cref="JsonWebKeySet.Create"/> reads back.</summary>
    public ValueTask SetJsonWebKeySetAsync(OAuthApplicationDocument application, JsonWebKeySet? set, CancellationToken cancellationToken)
    {
        application.JsonWebKeySet = set is null ? null : JsonSerializer.Serialize(set);
        return default;
    }

    public ValueTask SetPermissionsAsync(OAuthApplicationDocument application, ImmutableArray<string> permissions, CancellationToken cancellationToken)
    {
        application.Permissions = permissions.IsDefault ? [] : [.. permissions];
        return default;
    }

    public ValueTask SetPostLogoutRedirectUrisAsync(OAuthApplicationDocument application, ImmutableArray<string> uris, CancellationToken cancellationToken)
    {
        application.PostLogoutRedirectUris = uris.IsDefault ? [] : [.. uris];
        return default;
    }

    public ValueTask SetPropertiesAsync(OAuthApplicationDocument application, ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken)
    {
        application.Properties = StoredValues.WriteProperties(properties);
        return default;
    }

    public ValueTask SetRedirectUrisAsync(OAuthApplicationDocument application, ImmutableArray<string> uris, CancellationToken cancellationToken)
    {
        application.RedirectUris = uris.IsDefault ? [] : [.. uris];
        return default;
    }

    public ValueTask SetRequirementsAsync(OAuthApplicationDocument application, ImmutableArray<string> requirements, CancellationToken cancellationToken)
    {
        application.Requirements = requirements.IsDefault ? [] : [.. requirements];
        return default;
    }

    public ValueTask SetSettingsAsync(OAuthApplicationDocument application, ImmutableDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        application.Settings = new Dictionary<string, string>(settings, StringComparer.Ordinal);
        return default;
    }
}
