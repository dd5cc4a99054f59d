using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using Social.Profile.Identity.MongoDb;

namespace Social.UnitTests.Identity;

/// <summary>
/// The MongoDB OAuth documents survive the BSON serializer unchanged (no server needed), and carry the element names
/// the conditional writes and the sparse index rely on.
/// </summary>
public sealed class OAuthDocumentsTests
{
    private static readonly DateTime Created = new(2026, 3, 1, 10, 0, 0, 123, DateTimeKind.Utc);

    [Fact]
    public void A_token_round_trips_with_its_id_concurrency_token_and_dates()
    {
        var token = new OAuthTokenDocument
        {
            ApplicationId = "app",
            AuthorizationId = "authorization",
            CreationDate = Created,
            ExpirationDate = Created.AddDays(14),
            RedemptionDate = Created.AddMinutes(5),
            Payload = "encrypted",
            Properties = """{"device":"phone"}""",
            ReferenceId = "reference",
            Status = "redeemed",
            Subject = "user",
            Type = "urn:ietf:params:oauth:token-type:refresh_token",
        };

        var bson = token.ToBsonDocument();
        var back = BsonSerializer.Deserialize<OAuthTokenDocument>(bson);

        Assert.Equal(token.Id, bson["_id"].AsString);
        Assert.Equal(token.ConcurrencyToken, bson[nameof(IOAuthDocument.ConcurrencyToken)].AsString);
        Assert.Equal(JsonSerializer.Serialize(token), JsonSerializer.Serialize(back));
        Assert.Equal(Created, StoredValues.ReadDate(back.CreationDate)!.Value.UtcDateTime);
    }

    [Fact]
    public void A_token_without_a_reference_id_has_no_such_element_so_the_sparse_unique_index_skips_it()
    {
        var bson = new OAuthTokenDocument { Subject = "user" }.ToBsonDocument();

        Assert.False(bson.Contains(nameof(OAuthTokenDocument.ReferenceId)));
        Assert.True(bson.Contains(nameof(OAuthTokenDocument.Subject)));
    }

    [Fact]
    public void An_authorization_round_trips_with_its_scopes()
    {
        var authorization = new OAuthAuthorizationDocument
        {
            ApplicationId = "app", CreationDate = Created, Scopes = ["offline_access"], Status = "valid", Subject = "user", Type = "ad-hoc",
        };

        var back = BsonSerializer.Deserialize<OAuthAuthorizationDocument>(authorization.ToBsonDocument());

        Assert.Equal(JsonSerializer.Serialize(authorization), JsonSerializer.Serialize(back));
    }

    [Fact]
    public void An_application_round_trips_with_its_lists_localized_names_and_settings()
    {
        var application = new OAuthApplicationDocument
        {
            ClientId = "social-app",
            ClientType = "public",
            DisplayName = "Social apps",
            DisplayNames = { ["fr-FR"] = "Applications" },
            Permissions = ["ept:token", "gt:refresh_token"],
            RedirectUris = ["https://example.test/callback"],
            Settings = { ["tkn_lft:act"] = "00:15:00" },
        };

        var back = BsonSerializer.Deserialize<OAuthApplicationDocument>(application.ToBsonDocument());

        Assert.Equal(JsonSerializer.Serialize(application), JsonSerializer.Serialize(back));
    }

    [Fact]
    public void A_scope_round_trips_with_its_resources_and_descriptions()
    {
        var scope = new OAuthScopeDocument { Name = "feed", Resources = ["social-api"], Descriptions = { ["en-US"] = "Your feed" } };

        var back = BsonSerializer.Deserialize<OAuthScopeDocument>(scope.ToBsonDocument());

        Assert.Equal(JsonSerializer.Serialize(scope), JsonSerializer.Serialize(back));
    }

    [Fact]
    public void Properties_and_localized_texts_are_kept_as_openiddict_gives_them()
    {
        var properties = ImmutableDictionary<string, JsonElement>.Empty.Add("device", JsonSerializer.SerializeToElement(new { name = "phone", seen = 3 }));
        var names = ImmutableDictionary<CultureInfo, string>.Empty.Add(CultureInfo.GetCultureInfo("fr-FR"), "Fil");

        var storedProperties = StoredValues.WriteProperties(properties);
        var readProperties = StoredValues.ReadProperties(storedProperties);

        Assert.Equal("phone", readProperties["device"].GetProperty("name").GetString());
        Assert.Equal(3, readProperties["device"].GetProperty("seen").GetInt32());
        Assert.Null(StoredValues.WriteProperties(ImmutableDictionary<string, JsonElement>.Empty));
        Assert.Empty(StoredValues.ReadProperties(null));
        Assert.Equal("Fil", StoredValues.ReadLocalized(StoredValues.WriteLocalized(names))[CultureInfo.GetCultureInfo("fr-FR")]);
    }
}
