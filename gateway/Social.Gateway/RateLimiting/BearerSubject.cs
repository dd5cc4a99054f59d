using System.Buffers.Text;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using Social.ServiceDefaults.Auth;

namespace Social.Gateway.RateLimiting;

/// <summary>
/// The <c>sub</c> claim of a bearer JWT, read WITHOUT validating the token: the gateway does not validate tokens, and
/// the subject is used only as a rate-limit partition key, never to authorize anything. That is safe: a forged
/// subject gains nothing but a fresh per-user budget, the per-address limit still caps everything its sender sends,
/// and the services reject the forged token itself. A genuine caller's token carries the real subject, so their
/// budget is theirs whatever address they come from.
/// </summary>
internal static class BearerSubject
{
    private const string Scheme = "Bearer ";

    // Far above a real access token; a bigger header is not worth decoding.
    private const int MaxTokenLength = 16 * 1024;

    // Subjects are ids (GUIDs); a long one is forged and would only make a large partition key.
    private const int MaxSubjectLength = 128;

    /// <summary>The subject, or null without a readable JWT: such requests are limited per address only.</summary>
    public static string? Read(StringValues authorization)
    {
        if (authorization.Count != 1 || authorization[0] is not { } header
            || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length > Scheme.Length + MaxTokenLength)
        {
            return null;
        }

        // A JWS in compact form: header.payload.signature (an encrypted JWE has five parts and no readable claims).
        var token = header.AsSpan(Scheme.Length).Trim();
        var firstDot = token.IndexOf('.');
        var lastDot = token.LastIndexOf('.');
        if (firstDot < 0 || lastDot == firstDot || token[(firstDot + 1)..lastDot].Contains('.'))
        {
            return null;
        }

        var payload = token[(firstDot + 1)..lastDot];
        if (!Base64Url.IsValid(payload, out var length))
        {
            return null;
        }

        var json = new byte[length];
        if (!Base64Url.TryDecodeFromChars(payload, json, out var written))
        {
            return null;
        }

        return SubjectOf(json.AsMemory(0, written));
    }

    private static string? SubjectOf(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var claims = JsonDocument.Parse(json);
            return claims.RootElement.ValueKind == JsonValueKind.Object
                && claims.RootElement.TryGetProperty(CallerIdentity.SubjectClaim, out var subject)
                && subject.ValueKind == JsonValueKind.String
                && subject.GetString() is { Length: > 0 and <= MaxSubjectLength } value
                    ? value
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
