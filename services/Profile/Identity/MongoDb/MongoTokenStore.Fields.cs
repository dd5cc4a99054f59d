using System.Collections.Immutable;
using System.Text.Json;

namespace Social.Profile.Identity.MongoDb;

/// <summary>The token's fields as OpenIddict reads and sets them (in memory; <see cref="UpdateAsync"/> writes).</summary>
public sealed partial class MongoTokenStore
{
    public ValueTask<string?> GetApplicationIdAsync(OAuthTokenDocument token, CancellationToken cancellationToken) => new(token.ApplicationId);

    public ValueTask<string?> GetAuthorizationIdAsync(OAuthTokenDocument token, CancellationToken cancellationToken) => new(token.AuthorizationId);

    public ValueTask<DateTimeOffset?> GetCreationDateAsync(OAuthTokenDocument token, CancellationToken cancellationToken) => new(StoredValues.ReadDate(token.CreationDate));

    public ValueTask<DateTimeOffset?> GetExpirationDateAsync(OAuthTokenDocument token, CancellationToken cancellationToken) => new(StoredValues.ReadDate(token.ExpirationDate));

    public ValueTask<string?> GetIdAsync(OAuthTokenDocument token, CancellationToken cancellationToken) => new(token.Id);

    public ValueTask<string?> GetPayloadAsync(OAuthTokenDocument token, CancellationToken cancellationToken) => new(token.Payload);

    public ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(OAuthTokenDocument token, CancellationToken cancellationToken) =>
        new(StoredValues.ReadProperties(token.Properties));

    public ValueTask<DateTimeOffset?> GetRedemptionDateAsync(OAuthTokenDocument token, CancellationToken cancellationToken) => new(StoredValues.ReadDate(token.RedemptionDate));

    public ValueTask<string?> GetReferenceIdAsync(OAuthTokenDocument token, CancellationToken cancellationToken) => new(token.ReferenceId);

    public ValueTask<string?> GetStatusAsync(OAuthTokenDocument token, CancellationToken cancellationToken) => new(token.Status);

    public ValueTask<string?> GetSubjectAsync(OAuthTokenDocument token, CancellationToken cancellationToken) => new(token.Subject);

    public ValueTask<string?> GetTypeAsync(OAuthTokenDocument token, CancellationToken cancellationToken) => new(token.Type);

    public ValueTask SetApplicationIdAsync(OAuthTokenDocument token, string? identifier, CancellationToken cancellationToken)
    {
        token.ApplicationId = string.IsNullOrEmpty(identifier) ? null : identifier;
        return default;
    }

    public ValueTask SetAuthorizationIdAsync(OAuthTokenDocument token, string? identifier, CancellationToken cancellationToken)
    {
        token.AuthorizationId = string.IsNullOrEmpty(identifier) ? null : identifier;
        return default;
    }

    public ValueTask SetCreationDateAsync(OAuthTokenDocument token, DateTimeOffset? date, CancellationToken cancellationToken)
    {
        token.CreationDate = StoredValues.WriteDate(date);
        return default;
    }

    public ValueTask SetExpirationDateAsync(OAuthTokenDocument token, DateTimeOffset? date, CancellationToken cancellationToken)
    {
        token.ExpirationDate = StoredValues.WriteDate(date);
        return default;
    }

    public ValueTask SetPayloadAsync(OAuthTokenDocument token, string? payload, CancellationToken cancellationToken)
    {
        token.Payload = payload;
        return default;
    }

    public ValueTask SetPropertiesAsync(OAuthTokenDocument token, ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken)
    {
        token.Properties = StoredValues.WriteProperties(properties);
        return default;
    }

    public ValueTask SetRedemptionDateAsync(OAuthTokenDocument token, DateTimeOffset? date, CancellationToken cancellationToken)
    {
        token.RedemptionDate = StoredValues.WriteDate(date);
        return default;
    }

    public ValueTask SetReferenceIdAsync(OAuthTokenDocument token, string? identifier, CancellationToken cancellationToken)
    {
        token.ReferenceId = string.IsNullOrEmpty(identifier) ? null : identifier;
        return default;
    }

    public ValueTask SetStatusAsync(OAuthTokenDocument token, string? status, CancellationToken cancellationToken)
    {
        token.Status = status;
        return default;
    }

    public ValueTask SetSubjectAsync(OAuthTokenDocument token, string? subject, CancellationToken cancellationToken)
    {
        token.Subject = subject;
        return default;
    }

    public ValueTask SetTypeAsync(OAuthTokenDocument token, string? type, CancellationToken cancellationToken)
    {
        token.Type = type;
        return default;
    }
}
