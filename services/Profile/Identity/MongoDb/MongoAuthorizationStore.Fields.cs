using System.Collections.Immutable;
using System.Text.Json;

namespace Social.Profile.Identity.MongoDb;

/// <summary>The authorization's fields as OpenIddict reads and sets them (in memory; <see cref="UpdateAsync"/> writes).</summary>
public sealed partial class MongoAuthorizationStore
{
    public ValueTask<string?> GetApplicationIdAsync(OAuthAuthorizationDocument authorization, CancellationToken cancellationToken) => new(authorization.ApplicationId);

    public ValueTask<DateTimeOffset?> GetCreationDateAsync(OAuthAuthorizationDocument authorization, CancellationToken cancellationToken) =>
        new(StoredValues.ReadDate(authorization.CreationDate));

    public ValueTask<string?> GetIdAsync(OAuthAuthorizationDocument authorization, CancellationToken cancellationToken) => new(authorization.Id);

    public ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(OAuthAuthorizationDocument authorization, CancellationToken cancellationToken) =>
        new(StoredValues.ReadProperties(authorization.Properties));

    public ValueTask<ImmutableArray<string>> GetScopesAsync(OAuthAuthorizationDocument authorization, CancellationToken cancellationToken) =>
        new([.. authorization.Scopes]);

    public ValueTask<string?> GetStatusAsync(OAuthAuthorizationDocument authorization, CancellationToken cancellationToken) => new(authorization.Status);

    public ValueTask<string?> GetSubjectAsync(OAuthAuthorizationDocument authorization, CancellationToken cancellationToken) => new(authorization.Subject);

    public ValueTask<string?> GetTypeAsync(OAuthAuthorizationDocument authorization, CancellationToken cancellationToken) => new(authorization.Type);

    public ValueTask SetApplicationIdAsync(OAuthAuthorizationDocument authorization, string? identifier, CancellationToken cancellationToken)
    {
        authorization.ApplicationId = string.IsNullOrEmpty(identifier) ? null : identifier;
        return default;
    }

    public ValueTask SetCreationDateAsync(OAuthAuthorizationDocument authorization, DateTimeOffset? date, CancellationToken cancellationToken)
    {
        authorization.CreationDate = StoredValues.WriteDate(date);
        return default;
    }

    public ValueTask SetPropertiesAsync(OAuthAuthorizationDocument authorization, ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken)
    {
        authorization.Properties = StoredValues.WriteProperties(properties);
        return default;
    }

    public ValueTask SetScopesAsync(OAuthAuthorizationDocument authorization, ImmutableArray<string> scopes, CancellationToken cancellationToken)
    {
        authorization.Scopes = scopes.IsDefault ? [] : [.. scopes];
        return default;
    }

    public ValueTask SetStatusAsync(OAuthAuthorizationDocument authorization, string? status, CancellationToken cancellationToken)
    {
        authorization.Status = status;
        return default;
    }

    public ValueTask SetSubjectAsync(OAuthAuthorizationDocument authorization, string? subject, CancellationToken cancellationToken)
    {
        authorization.Subject = subject;
        return default;
    }

    public ValueTask SetTypeAsync(OAuthAuthorizationDocument authorization, string? type, CancellationToken cancellationToken)
    {
        authorization.Type = type;
        return default;
    }
}
