using System.Net.Http.Headers;
using System.Text.Json;

namespace Social.FunctionalTests.Infrastructure;

/// <summary>The OAuth 2.0 calls a first-party app makes (public client, form-encoded).</summary>
public static class OAuthApi
{
    public static Task<HttpResponseMessage> PasswordGrantAsync(HttpClient client, string handle, string password, string scope = "offline_access") =>
        client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "social-app",
            ["username"] = handle,
            ["password"] = password,
            ["scope"] = scope,
        }), TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> RefreshAsync(HttpClient client, string refreshToken) =>
        client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = "social-app",
            ["refresh_token"] = refreshToken,
        }), TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> RevokeAsync(HttpClient client, string token) =>
        client.PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "social-app",
            ["token"] = token,
        }), TestContext.Current.CancellationToken);

    public static async Task<(string AccessToken, string RefreshToken)> SignInAsync(HttpClient client, string handle, string password)
    {
        var response = await PasswordGrantAsync(client, handle, password);
        response.EnsureSuccessStatusCode();
        var body = await ProfileApi.ReadJsonAsync(response);
        return (body.GetProperty("access_token").GetString()!, body.GetProperty("refresh_token").GetString()!);
    }

    public static Task<HttpResponseMessage> GetMeAsync(HttpClient client, string? accessToken) =>
        GetAsync(client, "/api/v1/me", accessToken);

    public static Task<HttpResponseMessage> DeleteMeAsync(HttpClient client, string accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>A GET as a signed-in app sends it (no Authorization header when <paramref name="accessToken"/> is null).</summary>
    public static Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? accessToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Signs up a new account and signs it in: its handle and an access token.</summary>
    public static async Task<(string Handle, string AccessToken)> NewSignedInUserAsync(HttpClient client, string prefix = "reader")
    {
        var handle = ProfileApi.UniqueHandle(prefix);
        (await ProfileApi.SignUpAsync(client, handle)).EnsureSuccessStatusCode();
        var (accessToken, _) = await SignInAsync(client, handle, ProfileApi.DefaultPassword);
        return (handle, accessToken);
    }

    /// <summary>The decoded header and payload of a JWT (no validation: the services do that).</summary>
    public static (JsonElement Header, JsonElement Payload) Decode(string jwt)
    {
        var parts = jwt.Split('.');
        return (Part(parts[0]), Part(parts[1]));

        static JsonElement Part(string segment) =>
            JsonDocument.Parse(Convert.FromBase64String(segment.Replace('-', '+').Replace('_', '/').PadRight((segment.Length + 3) / 4 * 4, '='))).RootElement.Clone();
    }
}
