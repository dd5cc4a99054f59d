using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Social.ServiceDefaults.Auth;

/// <summary>The <c>WWW-Authenticate</c> value of a refused bearer request (RFC 6750 §3).</summary>
public static class BearerChallenge
{
    /// <summary>
    /// Without credentials the challenge only names the scheme; with a token that did not validate it says
    /// <c>invalid_token</c>; a valid token that lacks a permission gets <c>insufficient_scope</c>.
    /// </summary>
    public static string For(HttpRequest request, bool challenged) =>
        !challenged ? "Bearer error=\"insufficient_scope\""
        : request.Headers.ContainsKey(HeaderNames.Authorization) ? "Bearer error=\"invalid_token\""
        : "Bearer";
}
