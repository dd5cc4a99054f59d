using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;

namespace Social.Testing;

/// <summary>
/// An internal caller as another service would be: a confidential OAuth client that takes a client-credentials token
/// with the internal scope and presents it on gRPC calls.
/// </summary>
public static class InternalCaller
{
    public const string ClientId = "test-internal-caller";

    /// <summary>A second caller that may only read and send (the internal scope), never repair.</summary>
    public const string ReaderClientId = "test-internal-reader";

    /// <summary>Both scopes an operator's client may take.</summary>
    public const string OperatorScopes = "social.internal social.repair";

    /// <summary>A fresh secret per run, so that nothing depends on a value committed anywhere.</summary>
    public static string Secret { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    public static string ReaderSecret { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    public static Task<HttpResponseMessage> RequestTokenAsync(HttpClient issuer, string clientId, string secret, string scope = "social.internal") =>
        issuer.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        }));

    public static Task<string> TokenAsync(HttpClient issuer, string scope = "social.internal") => TokenAsync(issuer, ClientId, Secret, scope);

    public static async Task<string> TokenAsync(HttpClient issuer, string clientId, string secret, string scope = "social.internal")
    {
        var response = await RequestTokenAsync(issuer, clientId, secret, scope);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("access_token").GetString()!;
    }

    public static Metadata Bearer(string accessToken) => new() { { "Authorization", $"Bearer {accessToken}" } };
}
