using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Social.Profile.Identity.MongoDb;

/// <summary>The scope's fields as OpenIddict reads and sets them (in memory; <see cref="UpdateAsync"/> writes).</summary>
public sealed partial class MongoScopeStore
{
    public ValueTask<string?> GetDescriptionAsync(OAuthScopeDocument scope, CancellationToken cancellationToken) => new(scope.Description);

    public ValueTask<ImmutableDictionary<CultureInfo, string>> GetDescriptionsAsync(OAuthScopeDocument scope, CancellationToken cancellationToken) =>
        new(StoredValues.ReadLocalized(scope.Descriptions));

    public ValueTask<string?> GetDisplayNameAsync(OAuthScopeDocument scope, CancellationToken cancellationToken) => new(scope.DisplayName);

    public ValueTask<ImmutableDictionary<CultureInfo, string>> GetDisplayNamesAsync(OAuthScopeDocument scope, CancellationToken cancellationToken) =>
        new(StoredValues.ReadLocalized(scope.DisplayNames));

    public ValueTask<string?> GetIdAsync(OAuthScopeDocument scope, CancellationToken cancellationToken) => new(scope.Id);

    public ValueTask<string?> GetNameAsync(OAuthScopeDocument scope, CancellationToken cancellationToken) => new(scope.Name);

    public ValueTask<ImmutableDictionary<string, JsonElement>> GetPropertiesAsync(OAuthScopeDocument scope, CancellationToken cancellationToken) =>
        new(StoredValues.ReadProperties(scope.Properties));

    public ValueTask<ImmutableArray<string>> GetResourcesAsync(OAuthScopeDocument scope, CancellationToken cancellationToken) => new([.. scope.Resources]);

    public ValueTask SetDescriptionAsync(OAuthScopeDocument scope, string? description, CancellationToken cancellationToken)
    {
        scope.Description = description;
        return default;
    }

    public ValueTask SetDescriptionsAsync(OAuthScopeDocument scope, ImmutableDictionary<CultureInfo, string> descriptions, CancellationToken cancellationToken)
    {
        scope.Descriptions = StoredValues.WriteLocalized(descriptions);
        return default;
    }

    public ValueTask SetDisplayNameAsync(OAuthScopeDocument scope, string? name, CancellationToken cancellationToken)
    {
        scope.DisplayName = name;
        return default;
    }

    public ValueTask SetDisplayNamesAsync(OAuthScopeDocument scope, ImmutableDictionary<CultureInfo, string> names, CancellationToken cancellationToken)
    {
        scope.DisplayNames = StoredValues.WriteLocalized(names);
        return default;
    }

    public ValueTask SetNameAsync(OAuthScopeDocument scope, string? name, CancellationToken cancellationToken)
    {
        scope.Name = name;
        return default;
    }

    public ValueTask SetPropertiesAsync(OAuthScopeDocument scope, ImmutableDictionary<string, JsonElement> properties, CancellationToken cancellationToken)
    {
        scope.Properties = StoredValues.WriteProperties(properties);
        return default;
    }

    public ValueTask SetResourcesAsync(OAuthScopeDocument scope, ImmutableArray<string> resources, CancellationToken cancellationToken)
    {
        scope.Resources = resources.IsDefault ? [] : [.. resources];
        return default;
    }
}
